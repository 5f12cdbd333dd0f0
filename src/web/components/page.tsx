/** Page-level helpers: the document title, loading and error states. */
import { type ReactNode, useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../api/client';
import { useSession } from '../api/session';

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Guarantor`;
  }, [title]);
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}

/**
 * Says what went wrong with a request, plainly, with a way forward. `page` when the error is
 * all the page has to say (it then carries the page's h1).
 */
export function ErrorMessage({ error, retry, page }: { error: unknown; retry?: () => void; page?: boolean }) {
  const location = useLocation();
  const { user } = useSession();
  const next = encodeURIComponent(location.pathname + location.search);
  const signIn = <Link to={`/sign-in?next=${next}`}>Sign in</Link>;
  let title = 'Sorry, something went wrong';
  let body: ReactNode = 'Try again in a moment.';
  let canRetry = true;
  if (isApiError(error)) {
    if (error.status === 401) {
      title = 'Sign in to see this';
      body = <>{signIn} and you will come back here.</>;
      canRetry = false;
    } else if (error.status === 403) {
      title = 'You may not do this';
      body = capital(error.message);
      canRetry = false;
    } else if (error.status === 404) {
      title = 'Not found';
      body = user ? (
        'It does not exist, or your role may not read it.'
      ) : (
        <>It does not exist, or it is not public: {signIn} to see what your role may read.</>
      );
      canRetry = false;
    } else if (error.status === 400) {
      title = 'The request was not understood';
      body = capital(error.message);
      canRetry = false;
    } else {
      body = capital(error.message);
    }
  }
  const Heading = page ? 'h1' : 'h2';
  return (
    <div className="notice notice--error" role="alert">
      <Heading className={page ? 'heading-l' : 'notice__title'}>{title}</Heading>
      <p>{body}</p>
      {retry && canRetry ? (
        <button type="button" className="button button--secondary" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A link that looks and acts like a button (GOV.UK's start-button pattern): Space follows it too. */
export function ButtonLink({
  to,
  children,
  secondary,
}: {
  to: string;
  children: ReactNode;
  secondary?: boolean;
}) {
  return (
    <Link
      to={to}
      role="button"
      draggable={false}
      className={secondary ? 'button button--secondary' : 'button'}
      onKeyDown={(e) => {
        if (e.key === ' ') {
          e.preventDefault();
          e.currentTarget.click();
        }
      }}
    >
      {children}
    </Link>
  );
}
