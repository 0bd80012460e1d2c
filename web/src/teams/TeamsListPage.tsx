import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { TEAM_KINDS, type TeamKind } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { labelOf } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { TEAMS } from './queries';
import { t as tr } from '../i18n/intl';

export function TeamsListPage() {
  useTitle(tr('nav.teams'));
  const me = useMe();
  const { params, setFilter: setParam } = useUrlFilters();
  const kind = (params.get('kind') ?? '') as TeamKind | '';
  const regionId = params.get('region') ?? '';
  const { data, previousData, loading, error } = useQuery(TEAMS, {
    variables: { kind: kind || null, regionId: regionId || null },
    fetchPolicy: 'cache-and-network',
  });
  const teams = (data ?? previousData)?.teams;


  return (
    <div className="page">
      <div className="page-head">
        <h1>{tr('nav.teams')}</h1>
        {canManage(me) && (
          <Link to="/teams/new" className="button button-primary">
            {tr('teams.addATeam')}
          </Link>
        )}
      </div>
      <Flash />
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label={tr('teams.filterTeams')}>
        <div className="field">
          <label htmlFor="teams-kind">{tr('interactions.kind')}</label>
          <select id="teams-kind" value={kind} onChange={(e) => setParam('kind', e.target.value)}>
            <option value="">{tr('teams.everyKind')}</option>
            {TEAM_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <RegionFilter id="teams-region" value={regionId} onChange={(v) => setParam('region', v)} />
      </form>
      {error && !teams && <Alert>{errorMessage(error)}</Alert>}
      {!teams && !error && <Loading />}
      {teams && (
        <>
          <p className="count" aria-live="polite">
            {tr('count.team', { count: teams.length })}
            {loading && <span className="muted">{' '}{tr('campaigns.updating')}</span>}
          </p>
          {teams.length === 0 ? (
            <p className="empty">{tr('teams.noTeamsYet')}</p>
          ) : (
            <table className="list-table">
              <thead>
                <tr>
                  <th scope="col">{tr('insights.team')}</th>
                  <th scope="col">{tr('interactions.kind')}</th>
                  <th scope="col">{tr('teams.coChairs')}</th>
                  <th scope="col">{tr('teams.members2')}</th>
                  <th scope="col">{tr('campaigns.region')}</th>
                </tr>
              </thead>
              <tbody>
                {teams.map((t) => {
                  const chairs = t.roles.filter((r) => r.role === 'CO_CHAIR' && r.active);
                  return (
                    <tr key={t.id}>
                      <th scope="row" className="cell-title">
                        <Link to={`/teams/${t.id}`}>{t.name}</Link>
                      </th>
                      <td data-label={tr('interactions.kind')}>{labelOf(TEAM_KINDS, t.kind)}</td>
                      <td data-label={tr('teams.coChairs')}>
                        {chairs.map((r) => r.person.name).join(', ') || <span className="muted">{tr('endorsements.none')}</span>}
                      </td>
                      <td data-label={tr('teams.members2')}>{t.members.length}</td>
                      <td data-label={tr('campaigns.region')}>{t.region.name}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
