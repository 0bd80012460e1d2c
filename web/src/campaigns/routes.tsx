import { Route } from 'react-router';
import { EndorsementBoardPage } from '../endorsements/EndorsementBoardPage';
import { EventEditPage, EventNewPage } from '../events/EventFormPage';
import { EventPage } from '../events/EventPage';
import { EventsListPage } from '../events/EventsListPage';
import { AssembliesListPage } from '../issues/AssembliesListPage';
import { AssemblyNewPage } from '../issues/AssemblyFormPage';
import { AssemblyPage } from '../issues/AssemblyPage';
import { IssueEditPage, IssueNewPage } from '../issues/IssueFormPage';
import { IssuePage } from '../issues/IssuePage';
import { IssuesListPage } from '../issues/IssuesListPage';
import { PowerMapPage } from '../powermap/PowerMapPage';
import { TeamEditPage, TeamNewPage } from '../teams/TeamFormPage';
import { TeamPage } from '../teams/TeamPage';
import { TeamsListPage } from '../teams/TeamsListPage';
import { CampaignEditPage, CampaignNewPage } from './CampaignFormPage';
import { CampaignPage } from './CampaignPage';
import { CampaignsListPage } from './CampaignsListPage';

/** Campaigns, teams, issues and Issue Assemblies, events: routes inside the app shell (used in App.tsx). */
export const organizingRoutes = (
  <>
    <Route path="campaigns" element={<CampaignsListPage />} />
    <Route path="campaigns/new" element={<CampaignNewPage />} />
    <Route path="campaigns/:id" element={<CampaignPage />} />
    <Route path="campaigns/:id/edit" element={<CampaignEditPage />} />
    <Route path="campaigns/:id/endorsements" element={<EndorsementBoardPage />} />
    <Route path="campaigns/:id/power-map" element={<PowerMapPage />} />
    <Route path="teams" element={<TeamsListPage />} />
    <Route path="teams/new" element={<TeamNewPage />} />
    <Route path="teams/:id" element={<TeamPage />} />
    <Route path="teams/:id/edit" element={<TeamEditPage />} />
    <Route path="issues" element={<IssuesListPage />} />
    <Route path="issues/new" element={<IssueNewPage />} />
    <Route path="issues/assemblies" element={<AssembliesListPage />} />
    <Route path="issues/assemblies/new" element={<AssemblyNewPage />} />
    <Route path="issues/assemblies/:id" element={<AssemblyPage />} />
    <Route path="issues/:id" element={<IssuePage />} />
    <Route path="issues/:id/edit" element={<IssueEditPage />} />
    <Route path="events" element={<EventsListPage />} />
    <Route path="events/new" element={<EventNewPage />} />
    <Route path="events/:id" element={<EventPage />} />
    <Route path="events/:id/edit" element={<EventEditPage />} />
  </>
);
