/**
 * Form fields in the GOV.UK pattern: the label above, then a hint, then the error message, then
 * the control; the control is described by the hint and the error, and marked invalid.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra class on the wrapper (e.g. a width). */
  className?: string;
}

export const fieldErrorId = (id: string) => `${id}-error`;
const hintId = (id: string) => `${id}-hint`;

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? fieldErrorId(id) : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Frame({ id, label, hint, error, className, children }: Common & { children: ReactNode }) {
  return (
    <div
      className={['form-group', error ? 'form-group--error' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={hintId(id)}>
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p className="error-message" id={fieldErrorId(id)}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;
export function TextInput({ id, label, hint, error, className, ...rest }: InputProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={id}
        type="text"
        className={`input${error ? ' input--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </Frame>
  );
}

type AreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;
export function TextArea({ id, label, hint, error, className, ...rest }: AreaProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        name={id}
        rows={5}
        className={`textarea${error ? ' input--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}
type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: Option[]; placeholder?: string };
export function Select({ id, label, hint, error, className, options, placeholder, ...rest }: SelectProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        name={id}
        className={`select${error ? ' input--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

type CheckboxProps = Omit<Common, 'label'> & { label: ReactNode } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id' | 'type'
  >;
export function Checkbox({ id, label, hint, error, className, ...rest }: CheckboxProps) {
  return (
    <div
      className={['checkbox', error ? 'form-group--error' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <FieldError id={id} error={error} />
      <input
        id={id}
        name={id}
        type="checkbox"
        className="checkbox__input"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      <label className="checkbox__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint checkbox__hint" id={hintId(id)}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
