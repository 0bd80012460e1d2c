import { useQuery } from '@apollo/client/react';
import { Link, matchPath, Navigate, Route, Routes, useLocation } from 'react-router';
import { MeContext } from './auth/MeContext';
import { ME } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { Alert, Loading } from './components/Alert';
import { errorMessage } from './lib/errors';
import { AppShell } from './shell/AppShell';
import { organizingRoutes } from './campaigns/routes';
import { lazyPage } from './app/lazyPage';
import { PublicRsvpPage } from './rsvp-page/PublicRsvpPage';
import { t } from './i18n/intl';

const AdminPage = lazyPage(() => import('./accounts/AdminPage'), 'AdminPage');
const DuplicatesPage = lazyPage(() => import('./dedupe/DuplicatesPage'), 'DuplicatesPage');
const ExportPage = lazyPage(() => import('./export/ExportPage'), 'ExportPage');
const ImportPage = lazyPage(() => import('./import/ImportPage'), 'ImportPage');
const OrganizationEditPage = lazyPage(() => import('./organizations/OrganizationFormPage'), 'OrganizationEditPage');
const OrganizationNewPage = lazyPage(() => import('./organizations/OrganizationFormPage'), 'OrganizationNewPage');
const OrganizationPage = lazyPage(() => import('./organizations/OrganizationPage'), 'OrganizationPage');
const OrganizationsListPage = lazyPage(() => import('./organizations/OrganizationsListPage'), 'OrganizationsListPage');
const PeopleListPage = lazyPage(() => import('./people/PeopleListPage'), 'PeopleListPage');
const PersonEditPage = lazyPage(() => import('./people/PersonFormPage'), 'PersonEditPage');
const PersonNewPage = lazyPage(() => import('./people/PersonFormPage'), 'PersonNewPage');
const PersonPage = lazyPage(() => import('./people/PersonPage'), 'PersonPage');
const FollowUpsPage = lazyPage(() => import('./interactions/FollowUpsPage'), 'FollowUpsPage');
const LogMeetingPage = lazyPage(() => import('./interactions/LogMeetingPage'), 'LogMeetingPage');
const GapsPage = lazyPage(() => import('./insights/GapsPage'), 'GapsPage');
const LeadersPage = lazyPage(() => import('./insights/LeadersPage'), 'LeadersPage');
const GroupsMapPage = lazyPage(() => import('./affiliates/GroupsMapPage'), 'GroupsMapPage');
const RacePage = lazyPage(() => import('./endorsements/RacePage'), 'RacePage');
const RacesPage = lazyPage(() => import('./endorsements/RacesPage'), 'RacesPage');
const ReachPage = lazyPage(() => import('./reach/ReachPage'), 'ReachPage');
const NetworkMapPage = lazyPage(() => import('./maps/NetworkMapPage'), 'NetworkMapPage');
const AuditLogPage = lazyPage(() => import('./audit/AuditLogPage'), 'AuditLogPage');
const MeetingPage = lazyPage(() => import('./interactions/MeetingPage'), 'MeetingPage');

export function App() {
  // A public RSVP page needs no account: it asks nothing of the API but its own event.
  const publicRsvp = matchPath('/rsvp/:token', useLocation().pathname);
  const { data, loading, error, refetch } = useQuery(ME, { skip: !!publicRsvp });
  if (publicRsvp) return <PublicRsvpPage token={publicRsvp.params.token ?? ''} />;
  if (loading && !data) return <Loading label={t('app.opening')} />;
  if (error && !data) {
    return (
      <main className="signin">
        <div className="signin-card">
          <h1>{t('app.name')}</h1>
          <Alert>{errorMessage(error)}</Alert>
          <button type="button" className="button-primary" onClick={() => void refetch()}>
            {t('action.tryAgain')}
          </button>
        </div>
      </main>
    );
  }
  const me = data?.me;
  if (!me) return <SignInPage />;
  return (
    <MeContext.Provider value={me}>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<Navigate to="/people" replace />} />
          <Route path="people" element={<PeopleListPage />} />
          <Route path="people/new" element={<PersonNewPage />} />
          <Route path="people/:id" element={<PersonPage />} />
          <Route path="people/:id/edit" element={<PersonEditPage />} />
          <Route path="organizations" element={<OrganizationsListPage />} />
          <Route path="organizations/new" element={<OrganizationNewPage />} />
          <Route path="organizations/:id" element={<OrganizationPage />} />
          <Route path="organizations/:id/edit" element={<OrganizationEditPage />} />
          <Route path="log" element={<LogMeetingPage />} />
          <Route path="follow-ups" element={<FollowUpsPage />} />
          <Route path="meetings/:id" element={<MeetingPage />} />
          <Route path="leaders" element={<LeadersPage />} />
          <Route path="gaps" element={<GapsPage />} />
          <Route path="groups/map" element={<GroupsMapPage />} />
          <Route path="races" element={<RacesPage />} />
          <Route path="races/:id" element={<RacePage />} />
          <Route path="reach" element={<ReachPage />} />
          <Route path="map" element={<NetworkMapPage />} />
          {organizingRoutes}
          <Route path="duplicates" element={<DuplicatesPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="export" element={<ExportPage />} />
          <Route path="admin" element={<AdminPage />} />
          <Route path="admin/audit" element={<AuditLogPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </MeContext.Provider>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link to="/people">{t('app.goToPeople')}</Link>
      </p>
    </div>
  );
}
