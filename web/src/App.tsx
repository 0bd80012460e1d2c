import { useQuery } from '@apollo/client/react';
import { Link, matchPath, Navigate, Route, Routes, useLocation } from 'react-router';
import { AdminPage } from './admin/AdminPage';
import { DuplicatesPage } from './dedupe/DuplicatesPage';
import { ExportPage } from './export/ExportPage';
import { ImportPage } from './import/ImportPage';
import { MeContext } from './auth/MeContext';
import { ME } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { Alert, Loading } from './components/Alert';
import { errorMessage } from './lib/errors';
import { OrganizationEditPage, OrganizationNewPage } from './organizations/OrganizationFormPage';
import { OrganizationPage } from './organizations/OrganizationPage';
import { OrganizationsListPage } from './organizations/OrganizationsListPage';
import { PeopleListPage } from './people/PeopleListPage';
import { PersonEditPage, PersonNewPage } from './people/PersonFormPage';
import { PersonPage } from './people/PersonPage';
import { AppShell } from './shell/AppShell';
import { organizingRoutes } from './campaigns/routes';
import { FollowUpsPage } from './followups/FollowUpsPage';
import { LogMeetingPage } from './interactions/LogMeetingPage';
import { GapsPage } from './insights/GapsPage';
import { LeadersPage } from './insights/LeadersPage';
import { GroupsMapPage } from './map/GroupsMapPage';
import { RacePage } from './races/RacePage';
import { RacesPage } from './races/RacesPage';
import { ReachPage } from './reach/ReachPage';
import { NetworkMapPage } from './networkmap/NetworkMapPage';
import { PublicRsvpPage } from './rsvp-page/PublicRsvpPage';

export function App() {
  // A public RSVP page needs no account: it asks nothing of the API but its own event.
  const publicRsvp = matchPath('/rsvp/:token', useLocation().pathname);
  const { data, loading, error, refetch } = useQuery(ME, { skip: !!publicRsvp });
  if (publicRsvp) return <PublicRsvpPage token={publicRsvp.params.token ?? ''} />;
  if (loading && !data) return <Loading label="Opening Coalition Graph…" />;
  if (error && !data) {
    return (
      <main className="signin">
        <div className="signin-card">
          <h1>Coalition Graph</h1>
          <Alert>{errorMessage(error)}</Alert>
          <button type="button" className="button-primary" onClick={() => void refetch()}>
            Try again
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
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </MeContext.Provider>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        <Link to="/people">Go to People</Link>
      </p>
    </div>
  );
}
