/** What the new and edit pages share: sign-in and permission checks, and the form's frame. */
import type { FormEvent, ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';

/** Anonymous users are sent to sign in, and come back here afterwards. */
export function SignInFirst() {
  const location = useLocation();
  return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
}

export function FormFrame({
  summary,
  attempts,
  onSubmit,
  onLeaveField,
  notices,
  children,
  actions,
}: {
  summary: SummaryItem[];
  attempts: number;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onLeaveField: (target: EventTarget) => void;
  notices?: ReactNode;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <>
      <ErrorSummary items={summary} focusKey={attempts} />
      {notices}
      <form noValidate onSubmit={onSubmit} onBlur={(e) => onLeaveField(e.target)} className="commitment-form">
        {children}
        <div className="button-group form-actions">{actions}</div>
      </form>
    </>
  );
}
