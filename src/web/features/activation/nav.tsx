/** The activation pages' own links, and the note for readers who are not signed in. */
import { Link, NavLink, useLocation } from 'react-router';

export function ActivationNav() {
  return (
    <nav aria-label="Activation" className="tabs">
      <ul className="tabs__list">
        <li>
          <NavLink to="/determinations" className="tabs__tab" end>
            Determinations
          </NavLink>
        </li>
        <li>
          <NavLink to="/reliability" className="tabs__tab">
            Reliability
          </NavLink>
        </li>
        <li>
          <NavLink to="/simulation" className="tabs__tab">
            Simulation
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

export function SignInFirst({ what }: { what: string }) {
  const location = useLocation();
  return (
    <div className="notice notice--info">
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>Sign in</Link>{' '}
        to see {what}.
      </p>
    </div>
  );
}
