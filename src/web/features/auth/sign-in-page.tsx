/**
 * Sign in (GOV.UK pattern): labels above the fields, an error summary at the top linked to each
 * field's message. After signing in, the user goes back where they were going (`?next=`).
 */
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';
import { TextInput } from '../../components/field';
import { usePageTitle } from '../../components/page';

const DEMO = [
  ['secretariat@demo.guarantor', 'secretariat'],
  ['uk@demo.guarantor', 'UK delegation'],
  ['fr@demo.guarantor', 'French delegation'],
  ['de@demo.guarantor', 'German delegation'],
  ['pl@demo.guarantor', 'Polish delegation'],
  ['ukraine@demo.guarantor', 'Ukraine (beneficiary)'],
  ['planner@demo.guarantor', 'force planner'],
  ['monitor@demo.guarantor', 'monitoring mission'],
  ['observer@demo.guarantor', 'public observer'],
] as const;

/** Only paths inside this app: never another site (`//evil.example`) nor back to sign-in. */
export function safeNext(next: string | null): string {
  if (
    !next?.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    next.startsWith('/sign-in')
  ) {
    return '/';
  }
  return next;
}

type Errors = { email?: string; password?: string; form?: string };

export default function SignInPage() {
  usePageTitle('Sign in');
  const { user, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    if (!email.trim()) found.email = 'Enter your email address';
    if (!password) found.password = 'Enter your password';
    if (found.email || found.password) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (err) {
      if (isApiError(err) && err.status === 401) {
        setErrors({ email: 'The email or password is wrong' });
      } else if (isApiError(err) && err.status === 429) {
        const wait = /(\d+)\s*s\b/.exec(err.message)?.[1];
        setErrors({
          form: `Too many sign-in attempts. Wait ${wait ? `${wait} seconds` : 'a minute'}, then try again.`,
        });
      } else if (isApiError(err) && err.errors.length) {
        const f: Errors = {};
        for (const i of err.errors) {
          if (i.path.endsWith('email')) f.email = `Email ${i.message}`;
          else if (i.path.endsWith('password')) f.password = `Password ${i.message}`;
          else f.form = i.message;
        }
        setErrors(f);
      } else {
        setErrors({ form: isApiError(err) ? err.message : 'Sign-in failed; try again.' });
      }
      setPassword('');
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary: SummaryItem[] = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...(errors.email ? [{ fieldId: 'email', message: errors.email }] : []),
    ...(errors.password ? [{ fieldId: 'password', message: errors.password }] : []),
  ];

  return (
    <div className="narrow">
      <ErrorSummary items={summary} focusKey={attempt} />
      <h1 className="heading-l">Sign in</h1>
      {user ? (
        <p className="inset">
          You are signed in as <strong>{user.name}</strong>. <Link to={next}>Continue</Link>, or sign in as
          someone else below.
        </p>
      ) : (
        <p>
          Sign in to see coalition records and to register or edit commitments. Anyone can browse the public
          records.
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="email"
          label="Email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          Sign in
        </button>
      </form>
      <div className="inset">
        <h2 className="heading-s" id="demo-accounts">
          Demo accounts
        </h2>
        <p>
          Every demo account has the password <code>coalition-demo-2026</code>.
        </p>
        <ul className="list list--compact">
          {DEMO.map(([address, who]) => (
            <li key={address}>
              <code>{address}</code> – {who}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
