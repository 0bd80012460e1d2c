import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/MeContext';
import { ME, ROLE_LABEL, SIGN_OUT } from '../auth/session';

export function AppShell() {
  const me = useMe();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signOut, { loading: signingOut }] = useMutation(SIGN_OUT);

  // The phone menu closes when a link is followed.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  async function doSignOut() {
    try {
      await signOut();
    } catch {
      // Signed out already, or offline: either way this browser forgets the session below.
    }
    // The sign-in page replaces every page (their queries stop), then everything this session loaded is dropped.
    client.writeQuery({ query: ME, data: { me: null } });
    navigate('/', { replace: true });
    await client.clearStore();
  }

  const regions = me.allRegions ? 'All regions' : me.regions.map((r) => r.name).join(', ');

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/people" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Coalition Graph
          </NavLink>
          <NavLink to="/log" className="log-quick">
            <span aria-hidden="true">+</span> Log<span className="visually-hidden"> a meeting</span>
          </NavLink>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? 'Close' : 'Menu'}
          </button>
          <div className={`topbar-menu${menuOpen ? ' open' : ''}`} id="main-nav">
            <nav aria-label="Main">
              <ul>
                <li>
                  <NavLink to="/log" className="nav-log">
                    Log a meeting
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/people">People</NavLink>
                </li>
                <li>
                  <NavLink to="/organizations">Organizations</NavLink>
                </li>
                <li>
                  <NavLink to="/campaigns">Campaigns</NavLink>
                </li>
                <li>
                  <NavLink to="/teams">Teams</NavLink>
                </li>
                <li>
                  <NavLink to="/issues">Issues</NavLink>
                </li>
                <li>
                  <NavLink to="/events">Events</NavLink>
                </li>
                <li>
                  <NavLink to="/leaders">Leaders</NavLink>
                </li>
                <li>
                  <NavLink to="/gaps">Gaps</NavLink>
                </li>
                <li>
                  <NavLink to="/follow-ups">Follow-ups</NavLink>
                </li>
                <li>
                  <NavLink to="/groups/map">Groups map</NavLink>
                </li>
                <li>
                  <NavLink to="/races">Races</NavLink>
                </li>
                <li>
                  <NavLink to="/reach">Reach</NavLink>
                </li>
                {me.role !== 'CONNECTOR' && (
                  <li>
                    <NavLink to="/duplicates">Duplicates</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to="/import">Import</NavLink>
                </li>
                <li>
                  <NavLink to="/export">Export</NavLink>
                </li>
                {me.role === 'ADMIN' && (
                  <li>
                    <NavLink to="/admin">Admin</NavLink>
                  </li>
                )}
              </ul>
            </nav>
            <div className="whoami">
              <span className="whoami-name" data-testid="whoami">
                {me.displayName}
                <span className="role-badge">{ROLE_LABEL[me.role]}</span>
              </span>
              <span className="whoami-regions muted small">{regions}</span>
              <button type="button" className="button-secondary" onClick={() => void doSignOut()} disabled={signingOut}>
                Sign out
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
