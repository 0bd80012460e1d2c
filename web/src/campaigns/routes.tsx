import { Route } from 'react-router';
import { lazyPage } from '../app/lazyPage';

const EndorsementBoardPage = lazyPage(() => import('../endorsements/EndorsementBoardPage'), 'EndorsementBoardPage');
const EventEditPage = lazyPage(() => import('../events/EventFormPage'), 'EventEditPage');
const EventNewPage = lazyPage(() => import('../events/EventFormPage'), 'EventNewPage');
const EventPage = lazyPage(() => import('../events/EventPage'), 'EventPage');
const EventsListPage = lazyPage(() => import('../events/EventsListPage'), 'EventsListPage');
const AssembliesListPage = lazyPage(() => import('../issues/AssembliesListPage'), 'AssembliesListPage');
const AssemblyNewPage = lazyPage(() => import('../issues/AssemblyFormPage'), 'AssemblyNewPage');
const AssemblyPage = lazyPage(() => import('../issues/AssemblyPage'), 'AssemblyPage');
const IssueEditPage = lazyPage(() => import('../issues/IssueFormPage'), 'IssueEditPage');
const IssueNewPage = lazyPage(() => import('../issues/IssueFormPage'), 'IssueNewPage');
const IssuePage = lazyPage(() => import('../issues/IssuePage'), 'IssuePage');
const IssuesListPage = lazyPage(() => import('../issues/IssuesListPage'), 'IssuesListPage');
const TeamEditPage = lazyPage(() => import('../teams/TeamFormPage'), 'TeamEditPage');
const TeamNewPage = lazyPage(() => import('../teams/TeamFormPage'), 'TeamNewPage');
const TeamPage = lazyPage(() => import('../teams/TeamPage'), 'TeamPage');
const TeamsListPage = lazyPage(() => import('../teams/TeamsListPage'), 'TeamsListPage');
const CampaignEditPage = lazyPage(() => import('./CampaignFormPage'), 'CampaignEditPage');
const CampaignNewPage = lazyPage(() => import('./CampaignFormPage'), 'CampaignNewPage');
const CampaignPage = lazyPage(() => import('./CampaignPage'), 'CampaignPage');
const CampaignsListPage = lazyPage(() => import('./CampaignsListPage'), 'CampaignsListPage');
const PowerMapPage = lazyPage(() => import('../powermap/PowerMapPage'), 'PowerMapPage');

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
