import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/MeContext';
import { ME, ROLE_LABEL, SIGN_OUT } from '../auth/session';
import { useFocusHeadingOnNavigate } from '../lib/focus';
import { DueCount } from '../reminders/DueCount';

type Viewer = ReturnType<typeof useMe>;
const notConnector = (me: Viewer) => me.role !== 'CONNECTOR';

/** Everything beyond the daily pages, grouped, behind "More" (the bar holds what organizers use every day). */
const MORE: ReadonlyArray<{ title: string; links: ReadonlyArray<{ to: string; label: string; who?: (me: Viewer) => boolean }> }> = [
  { title: 'Organizing', links: [{ to: '/teams', label: 'Teams' }, { to: '/issues', label: 'Issues' }, { to: '/races', label: 'Races' }, { to: '/groups/map', label: 'Groups map' }] },
  { title: 'Network', links: [{ to: '/map', label: 'Network map' }, { to: '/leaders', label: 'Leaders' }, { to: '/gaps', label: 'Gaps' }, { to: '/duplicates', label: 'Duplicates', who: notConnector }] },
  {
    title: 'Data',
    links: [{ to: '/import', label: 'Import', who: notConnector }, { to: '/export', label: 'Export', who: (me) => me.canExport }, { to: '/admin', label: 'Admin', who: (me) => me.role === 'ADMIN' }],
  },
];

export function AppShell() {
  const me = useMe();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const [signOut, { loading: signingOut }] = useMutation(SIGN_OUT);
  const mainRef = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(mainRef, location.pathname);

  // The phone menu closes when a link is followed.
  useEffect(() => {
    setMenuOpen(false);
    setMoreOpen(false);
  }, [location.pathname]);

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
                  <NavLink to="/events">Events</NavLink>
                </li>
                <li>
                  <NavLink to="/follow-ups">
                    Follow-ups
                    <DueCount />
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/reach">Reach</NavLink>
                </li>
                <li className="nav-more-item">
                  <details className="nav-more" open={moreOpen} onToggle={(e) => setMoreOpen((e.currentTarget as HTMLDetailsElement).open)}>
                    <summary>More</summary>
                    <div className="nav-more-panel">
                      {MORE.map((group) => {
                        const links = group.links.filter((l) => !l.who || l.who(me));
                        if (!links.length) return null;
                        return (
                          <div key={group.title} className="nav-more-group">
                            <h2 className="nav-more-title">{group.title}</h2>
                            <ul>
                              {links.map((l) => (
                                <li key={l.to}>
                                  <NavLink to={l.to}>{l.label}</NavLink>
                                </li>
                              ))}
                            </ul>
                          </div>
                        );
                      })}
                    </div>
                  </details>
                </li>
              </ul>
            </nav>
            <div className="whoami">
              <span className="whoami-name" data-testid="whoami" title={`${me.displayName} · ${regions}`}>
                <span className="whoami-display">{me.displayName}</span>
                <span className="role-badge">{ROLE_LABEL[me.role]}</span>
              </span>
              <span className="whoami-regions muted small">{regions}</span>
              {me.person && (
                <NavLink to={`/people/${me.person.id}`} className="small">
                  My record
                </NavLink>
              )}
              <button type="button" className="button-secondary" onClick={() => void doSignOut()} disabled={signingOut}>
                Sign out
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
    </div>
  );
}
