/**
 * The state of a commitment form: values, which fields were left (validated as the user leaves
 * them), submit attempts (after one, every problem shows), and the server's own errors mapped
 * back onto fields from problem+json paths (`body.terms.money.currency` → that field).
 */
import { useMemo, useState } from 'react';
import { isApiError } from '../../api/client';
import type { SummaryItem } from '../../components/error-summary';
import { labelForPath } from './field-labels';
import { sentence, validate } from './form-model';
import { type Errors, FIELD_ORDER, type FormValues, fieldId } from './form-values';

/** Where a path sits in the form, for ordering the summary as the page reads. */
function rank(path: string): number {
  const i = FIELD_ORDER.findIndex((p) => path === p || path.startsWith(`${p}.`));
  const row = /\.(\d+)\./.exec(path);
  return (i < 0 ? FIELD_ORDER.length : i) * 1000 + (row ? Number(row[1]) : 0);
}

/** The element an error links to: the field itself, else the nearest enclosing group. */
function targetId(path: string): string | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const id = fieldId(parts.slice(0, n).join('.'));
    if (document.getElementById(id)) return id;
  }
  return undefined;
}

export function useFormState(initial: FormValues, statusOptions: string[]) {
  const [values, setValuesRaw] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempts, setAttempts] = useState(0);
  const [server, setServer] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);

  const client = useMemo(
    () => validate(values, { statusOptions, labels: labelForPath }),
    [values, statusOptions],
  );

  const shown: Errors = {};
  for (const [p, m] of Object.entries(client)) if (attempts > 0 || touched.has(p)) shown[p] = m;
  for (const [p, m] of Object.entries(server)) shown[p] ??= m;

  const summary: SummaryItem[] = [
    ...general.map((message) => ({ message })),
    ...(attempts > 0 || Object.keys(server).length > 0
      ? Object.entries(shown)
          .sort(([a], [b]) => rank(a) - rank(b))
          .map(([p, message]) => ({ fieldId: targetId(p), message }))
      : []),
  ];

  function setValues(next: FormValues) {
    // a field the user changes loses the server's complaint about it
    const changed = (Object.keys(next) as (keyof FormValues)[]).filter((k) => next[k] !== values[k]);
    if (changed.length && Object.keys(server).length) {
      setServer((s) =>
        Object.fromEntries(
          Object.entries(s).filter(([p]) => !changed.some((k) => p === k || p.startsWith(`${k}.`))),
        ),
      );
    }
    setValuesRaw(next);
  }

  /** Called from the form's focusout: the field's id names its path. */
  function leave(target: EventTarget) {
    const id = (target as HTMLElement).id;
    if (!id?.startsWith('field-')) return;
    const path = id.slice('field-'.length).replace(/-/g, '.');
    if (!touched.has(path)) setTouched(new Set(touched).add(path));
  }

  /** Counts a submit attempt; returns the problems that stop it. */
  function attempt(): Errors {
    setAttempts((n) => n + 1);
    setGeneral([]);
    return client;
  }

  /** Puts a failed request's problems where they belong: fields, or the summary. */
  function fail(err: unknown, extra: Errors = {}) {
    setAttempts((n) => n + 1);
    const fields: Errors = { ...extra };
    const rest: string[] = [];
    if (isApiError(err)) {
      for (const i of err.errors) {
        const path = i.path.replace(/^body\.?/, '');
        if (path && path !== 'version' && targetId(path))
          fields[path] ??= sentence(labelForPath(path), i.message);
        else rest.push(sentence(path ? labelForPath(path) : 'The form', i.message));
      }
      if (err.errors.length === 0 || rest.length > 0 || Object.keys(fields).length === 0) {
        rest.unshift(err.status === 403 ? `You may not do this: ${err.message}` : capital(err.message));
      }
    } else if (err) {
      rest.push('Something went wrong; try again.');
    }
    setServer(fields);
    setGeneral([...new Set(rest)]);
  }

  function replace(next: FormValues) {
    setValuesRaw(next);
    setServer({});
    setGeneral([]);
  }

  return { values, setValues, errors: shown, summary, attempts, leave, attempt, fail, replace, setGeneral };
}

/** A commitment form's state, as the pages and the frame use it. */
export type FormState = ReturnType<typeof useFormState>;

const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
