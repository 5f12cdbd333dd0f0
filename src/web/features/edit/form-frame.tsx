/** What the new and edit pages share: sign-in and permission checks, and the form's frame. */
import type { FormEvent, ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { CommitmentFields, type FormProps } from './commitment-form';
import type { FormState } from './use-form-state';

/** Anonymous users are sent to sign in, and come back here afterwards. */
export function SignInFirst() {
  const location = useLocation();
  return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
}

/**
 * The commitment form: the error summary, any notices, the fields wired to the form's state,
 * what follows them, and Save and Cancel.
 */
export function FormFrame({
  form,
  fields,
  onSubmit,
  notices,
  children,
  saveDisabled,
  cancelTo,
  afterActions,
}: {
  form: FormState;
  /** CommitmentFields' props other than the form's values and errors. */
  fields: Omit<FormProps, 'values' | 'errors' | 'onChange'>;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  notices?: ReactNode;
  /** After the fields. */
  children?: ReactNode;
  saveDisabled: boolean;
  cancelTo: string;
  /** After Save and Cancel. */
  afterActions?: ReactNode;
}) {
  return (
    <>
      <ErrorSummary items={form.summary} focusKey={form.attempts} />
      {notices}
      <form noValidate onSubmit={onSubmit} onBlur={(e) => form.leave(e.target)} className="commitment-form">
        <CommitmentFields {...fields} values={form.values} errors={form.errors} onChange={form.setValues} />
        {children}
        <div className="button-group form-actions">
          <button type="submit" className="button" disabled={saveDisabled}>
            Save
          </button>
          <Link to={cancelTo} className="link">
            Cancel
          </Link>
          {afterActions}
        </div>
      </form>
    </>
  );
}
