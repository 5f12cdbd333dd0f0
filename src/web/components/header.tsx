import { useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useSession } from '../api/session';
import { labelOf, ROLE_LABELS } from './labels';

export function Header() {
  const { user, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const here = location.pathname + location.search;
  const onSignInPage = location.pathname === '/sign-in';

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <div className="site-header__brand">
          <Link to="/" className="site-header__name">
            Guarantor
          </Link>
          <span className="site-header__tagline">Security guarantees for Ukraine</span>
        </div>
        <div className="site-header__account">
          {user === undefined ? null : user ? (
            <>
              <span className="site-header__user">
                <span className="visually-hidden">Signed in as </span>
                <strong>{user.name}</strong>{' '}
                <span className="site-header__role">
                  ({labelOf(ROLE_LABELS, user.role)}
                  {user.partyCode ? `, ${user.partyCode}` : ''})
                </span>
              </span>
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={async () => {
                  setBusy(true);
                  try {
                    await signOut();
                  } finally {
                    setBusy(false);
                    navigate('/');
                  }
                }}
              >
                Sign out
              </button>
            </>
          ) : onSignInPage ? null : (
            <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link>
          )}
        </div>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <NavLink to="/" end>
                Dashboard
              </NavLink>
            </li>
            <li>
              <NavLink to="/commitments" end={false}>
                Register
              </NavLink>
            </li>
            <li>
              <NavLink to="/forcegen" end={false}>
                Force generation
              </NavLink>
            </li>
            <li>
              <NavLink to="/documents">Documents</NavLink>
            </li>
            <li>
              <NavLink to="/compliance">Compliance</NavLink>
            </li>
            <li>
              <NavLink to="/incidents" end={false}>
                Incidents
              </NavLink>
            </li>
            <li>
              <NavLink to="/determinations" end={false}>
                Activation
              </NavLink>
            </li>
            <li>
              <NavLink to="/positions">Positions</NavLink>
            </li>
            <li>
              <NavLink to="/pressure">Pressure</NavLink>
            </li>
            <li>
              <NavLink to="/timeline" end={false}>
                Timeline
              </NavLink>
            </li>
            <li>
              <NavLink to="/summits" end={false}>
                Summits
              </NavLink>
            </li>
            <li>
              <a href="/docs">API</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
