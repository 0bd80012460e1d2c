import { useQuery } from '@apollo/client/react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { AuditLogPage } from './admin/AuditLogPage';
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
import { MeetingPage } from './interactions/MeetingPage';
import { LogMeetingPage } from './interactions/LogMeetingPage';
import { GapsPage } from './insights/GapsPage';
import { LeadersPage } from './insights/LeadersPage';
import { GroupsMapPage } from './map/GroupsMapPage';
import { RacePage } from './races/RacePage';
import { RacesPage } from './races/RacesPage';
import { ReachPage } from './reach/ReachPage';
import { NetworkMapPage } from './networkmap/NetworkMapPage';

export function App() {
  const { data, loading, error, refetch } = useQuery(ME);
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
      <h1>Page not found</h1>
      <p>
        <Link to="/people">Go to People</Link>
      </p>
    </div>
  );
}
