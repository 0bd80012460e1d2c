import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/MeContext';
import { ME, ROLE_LABEL, SIGN_OUT } from '../auth/session';
import { useFocusHeadingOnNavigate } from '../lib/focus';
import { DueCount } from '../reminders/DueCount';
import { useAccountLocale } from '../i18n/account';
import { currentIntl, t, type MessageId } from '../i18n/intl';
import { LanguagePicker } from '../i18n/LanguagePicker';

type Viewer = ReturnType<typeof useMe>;
const notConnector = (me: Viewer) => me.role !== 'CONNECTOR';

/** Everything beyond the daily pages, grouped, behind "More" (the bar holds what organizers use every day). */
const MORE: ReadonlyArray<{ title: MessageId; links: ReadonlyArray<{ to: string; label: MessageId; who?: (me: Viewer) => boolean }> }> = [
  {
    title: 'nav.organizing',
    links: [
      { to: '/teams', label: 'nav.teams' },
      { to: '/issues', label: 'nav.issues' },
      { to: '/races', label: 'nav.races' },
      { to: '/groups/map', label: 'nav.groupsMap' },
    ],
  },
  {
    title: 'nav.network',
    links: [
      { to: '/map', label: 'nav.networkMap' },
      { to: '/leaders', label: 'nav.leaders' },
      { to: '/gaps', label: 'nav.gaps' },
      { to: '/duplicates', label: 'nav.duplicates', who: notConnector },
    ],
  },
  {
    title: 'nav.data',
    links: [
      { to: '/import', label: 'nav.import', who: notConnector },
      { to: '/export', label: 'nav.export', who: (me) => me.canExport },
      { to: '/admin', label: 'nav.admin', who: (me) => me.role === 'ADMIN' },
    ],
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
  const pickLanguage = useAccountLocale();

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

  const regions = me.allRegions ? t('shell.allRegions') : currentIntl().formatList(me.regions.map((r) => r.name));

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/people" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </NavLink>
          <NavLink to="/log" className="log-quick">
            <span aria-hidden="true">{t('common.symbol43')}</span> {t('shell.logShort')}
            <span className="visually-hidden"> {t('shell.logShortRest')}</span>
          </NavLink>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? t('shell.closeMenu') : t('shell.menu')}
          </button>
          <div className={`topbar-menu${menuOpen ? ' open' : ''}`} id="main-nav">
            <nav aria-label={t('shell.mainNav')}>
              <ul>
                <li>
                  <NavLink to="/log" className="nav-log">
                    {t('nav.logMeeting')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/people">{t('nav.people')}</NavLink>
                </li>
                <li>
                  <NavLink to="/organizations">{t('nav.organizations')}</NavLink>
                </li>
                <li>
                  <NavLink to="/campaigns">{t('nav.campaigns')}</NavLink>
                </li>
                <li>
                  <NavLink to="/events">{t('nav.events')}</NavLink>
                </li>
                <li>
                  <NavLink to="/follow-ups">
                    {t('nav.followUps')}
                    <DueCount />
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/reach">{t('nav.reach')}</NavLink>
                </li>
                <li className="nav-more-item">
                  <details className="nav-more" open={moreOpen} onToggle={(e) => setMoreOpen((e.currentTarget as HTMLDetailsElement).open)}>
                    <summary>{t('nav.more')}</summary>
                    <div className="nav-more-panel">
                      {MORE.map((group) => {
                        const links = group.links.filter((l) => !l.who || l.who(me));
                        if (!links.length) return null;
                        return (
                          <div key={group.title} className="nav-more-group">
                            <h2 className="nav-more-title">{t(group.title)}</h2>
                            <ul>
                              {links.map((l) => (
                                <li key={l.to}>
                                  <NavLink to={l.to}>{t(l.label)}</NavLink>
                                </li>
                              ))}
                            </ul>
                          </div>
                        );
                      })}
                      <div className="nav-more-group">
                        <h2 className="nav-more-title">{t('language.label')}</h2>
                        <LanguagePicker onPick={pickLanguage} />
                      </div>
                    </div>
                  </details>
                </li>
              </ul>
            </nav>
            <div className="whoami">
              <span className="whoami-name" data-testid="whoami" title={t('shell.whoamiTitle', { name: `${me.displayName} (${ROLE_LABEL[me.role]})`, regions })}>
                <span className="whoami-display">{me.displayName}</span>
                <span className="role-badge">{ROLE_LABEL[me.role]}</span>
              </span>
              <span className="whoami-regions muted small">{regions}</span>
              {me.person && (
                <NavLink to={`/people/${me.person.id}`} className="small">
                  {t('shell.myRecord')}
                </NavLink>
              )}
              <button type="button" className="button-secondary" onClick={() => void doSignOut()} disabled={signingOut}>
                {t('shell.signOut')}
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
