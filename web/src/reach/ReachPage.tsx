import { useQuery } from '@apollo/client/react';
import { Fragment, useContext, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MeContext } from '../auth/MeContext';
import { Alert, Loading } from '../components/Alert';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { errorMessage } from '../lib/errors';
import { formatDate, formatStrength } from '../lib/format';
import { ORGANIZATIONS_SEARCH, PEOPLE_SEARCH } from '../people/queries';
import { StrengthMeter } from '../people/TiesSection';
import { TEAMS } from '../teams/queries';
import { REACH, type ReachFrom, type ReachLink, type ReachNode, type ReachPath } from './queries';
import './reach.css';
import { currentIntl, t, type MessageId } from '../i18n/intl';

const LINK_WORDS: Record<ReachLink['kind'], MessageId> = {
  KNOWS: 'reach.link.knows',
  MEMBER_OF: 'reach.link.memberOf',
  WORKS_AT: 'reach.link.worksAt',
  LEADS: 'reach.link.leads',
};

/** "Who can reach them?": ranked warm paths from me, a team, a region or all members to a person or organization. */
export function ReachPage() {
  const me = useContext(MeContext);
  const [params, setParams] = useSearchParams();
  const personId = params.get('person');
  const organizationId = params.get('organization');
  const [kind, setKind] = useState<'PERSON' | 'ORGANIZATION'>(organizationId ? 'ORGANIZATION' : 'PERSON');
  const [from, setFrom] = useState<ReachFrom>('ALL_MEMBERS');
  const [teamId, setTeamId] = useState('');
  const [regionId, setRegionId] = useState(me?.regions[0]?.id ?? '');
  const teams = useQuery(TEAMS, { variables: {}, skip: from !== 'TEAM' });
  const targetId = personId ?? organizationId;
  const ready = !!targetId && (from !== 'TEAM' || !!teamId) && (from !== 'REGION' || !!regionId);
  const { data, loading, error } = useQuery(REACH, {
    variables: {
      targetPersonId: personId,
      targetOrganizationId: organizationId,
      from,
      teamId: from === 'TEAM' ? teamId : null,
      regionId: from === 'REGION' ? regionId : null,
      limit: 5,
    },
    skip: !ready,
    fetchPolicy: 'network-only',
  });

  const pick = (value: Pickable | null) => setParams(value ? { [kind === 'PERSON' ? 'person' : 'organization']: value.id } : {});

  return (
    <div className="page reach-page">
      <h1>{t('organizations.whoCanReachThem')}</h1>
      <section className="card" aria-label={t('reach.targetAndMessengers')}>
        {targetId ? (
          <div className="field">
            <span className="label">{t('kind.target')}</span>
            <div className="picked">
              <strong>{data?.reach.target.name ?? t('common.symbol42')}</strong>
              <button type="button" className="button-link" onClick={() => setParams({})}>
                {t('components.change')}
              </button>
            </div>
          </div>
        ) : (
          <>
            <fieldset className="field">
              <legend className="label">{t('reach.reachA')}</legend>
              <label>
                <input type="radio" name="reach-kind" checked={kind === 'PERSON'} onChange={() => setKind('PERSON')} /> {t('networkmap.person')}
              </label>{' '}
              <label>
                <input type="radio" name="reach-kind" checked={kind === 'ORGANIZATION'} onChange={() => setKind('ORGANIZATION')} />{' '}
                {t('networkmap.organization')}
              </label>
            </fieldset>
            {kind === 'PERSON' ? (
              <RecordPicker
                id="reach-target"
                label={t('campaigns.targetPerson')}
                query={PEOPLE_SEARCH}
                nodesOf={(d) => d.people.nodes}
                value={null}
                onChange={pick}
              />
            ) : (
              <RecordPicker
                id="reach-target"
                label={t('campaigns.targetOrganization')}
                query={ORGANIZATIONS_SEARCH}
                nodesOf={(d) => d.organizations.nodes}
                value={null}
                onChange={pick}
              />
            )}
          </>
        )}
        <div className="field">
          <label className="label" htmlFor="reach-from">
            {t('reach.startingFrom')}
          </label>
          <select id="reach-from" value={from} onChange={(e) => setFrom(e.target.value as ReachFrom)}>
            <option value="ME">{t('reach.me')}</option>
            <option value="TEAM">{t('reach.aTeam')}</option>
            <option value="REGION">{t('reach.aRegionSMembers')}</option>
            <option value="ALL_MEMBERS">{t('reach.allMembers')}</option>
          </select>
        </div>
        {from === 'TEAM' && (
          <div className="field">
            <label className="label" htmlFor="reach-team">
              {t('insights.team')}
            </label>
            <select id="reach-team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">{t('reach.chooseATeam')}</option>
              {(teams.data?.teams ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {from === 'REGION' && (
          <div className="field">
            <label className="label" htmlFor="reach-region">
              {t('campaigns.region')}
            </label>
            <select id="reach-region" value={regionId} onChange={(e) => setRegionId(e.target.value)}>
              {(me?.regions ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </section>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {loading && <Loading label={t('reach.findingWarmPaths')} />}
      {data && !loading && (
        <section aria-label={t('reach.warmPaths')}>
          {data.reach.startingMembers === 0 ? (
            <Alert kind="info">
              <NoOneCanStart from={from} />
            </Alert>
          ) : (
            <p className="muted">
              {data.reach.paths.length === 0
                ? t('reach.noPathOfUpTo', { startingMembers: data.reach.startingMembers })
                : t('reach.bestOfThePathsFrom', { length: data.reach.paths.length, startingMembers: data.reach.startingMembers })}
            </p>
          )}
          <ol className="reach-paths">
            {data.reach.paths.map((p, i) => (
              <PathCard key={i} rank={i + 1} path={p} previous={data.reach.paths[i - 1]} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function NodeName({ node }: { node: ReachNode }) {
  if (node.hidden || !node.id) return <span className="muted">{node.name}</span>;
  return <Link to={node.kind === 'PERSON' ? `/people/${node.id}` : `/organizations/${node.id}`}>{node.name}</Link>;
}

/** Why nobody could start: what each starting set needs, and where to fix it. */
function NoOneCanStart({ from }: { from: ReachFrom }) {
  if (from === 'ME') {
    return <>{t('reach.nobodyCanStartFromYou')}</>;
  }
  if (from === 'TEAM') return <>{t('reach.thisTeamHasNoMembers')}</>;
  return (
    <>
      {from === 'REGION' ? t('reach.noMemberInThisRegion') : t('reach.noMemberInYourRegions')} <Link to="/people">{t('reach.openThePeopleList')}</Link>
    </>
  );
}

/** Why a path ranks where it does: its links and their strengths, its weakest link, and what sets it below the one before. */
function whyHere(path: ReachPath, previous: ReachPath | undefined): string {
  let weakest = 0;
  path.links.forEach((l, i) => {
    if (l.strength < path.links[weakest].strength) weakest = i;
  });
  const w = path.links[weakest];
  const between = `${path.nodes[weakest].name} – ${path.nodes[weakest + 1].name}`;
  const strengths = currentIntl().formatList(path.links.map((l) => formatStrength(l.strength)));
  const parts = [
    t('reach.why.links', { hops: path.hops, strengths }),
    w.lastContact
      ? t('reach.why.weakest', { between, strength: formatStrength(w.strength), lastContact: formatDate(w.lastContact) })
      : t('reach.why.weakestNoContact', { between, strength: formatStrength(w.strength) }),
  ];
  if (previous) {
    const prevWeakest = Math.min(...previous.links.map((l) => l.strength));
    if (path.hops > previous.hops) parts.push(t('reach.why.moreLinks', { more: path.hops - previous.hops }));
    else if (w.strength < prevWeakest) parts.push(t('reach.why.weakerLink', { strength: formatStrength(w.strength), previous: formatStrength(prevWeakest) }));
    else parts.push(t('reach.why.weakerTogether'));
  }
  return t('reach.score', { score: Math.round(path.score * 100), parts: parts.join('; ') });
}

function PathCard({ rank, path, previous }: { rank: number; path: ReachPath; previous?: ReachPath }) {
  return (
    <li className="card reach-path" aria-label={t('reach.path', { rank })}>
      <p>
        <strong>{t('reach.ask', { name: path.messenger.name })}</strong>{' '}
        <span className="muted small">{t('reach.linksAndScore', { hops: path.hops, score: Math.round(path.score * 100) })}</span>
      </p>
      <p className="muted small reach-why">{whyHere(path, previous)}</p>
      <ol className="reach-chain">
        {path.nodes.map((n, i) => (
          <Fragment key={i}>
            <li className={i === 0 ? 'reach-node messenger' : 'reach-node'}>
              <NodeName node={n} />
              {i === 0 && <span className="badge">{t('reach.messenger')}</span>}
            </li>
            {i < path.links.length && (
              <li className="reach-link small">
                <span>{t(LINK_WORDS[path.links[i].kind])}</span> <StrengthMeter strength={path.links[i].strength} />{' '}
                <span>{formatStrength(path.links[i].strength)}</span>
                <span className="muted">
                  {' '}
                  {t('common.symbol8')}{' '}
                  {path.links[i].lastContact ? t('reach.lastContact2', { date: formatDate(path.links[i].lastContact!) }) : t('insights.noContactLogged')}
                </span>
                {path.links[i].context && <span className="muted"> {t('common.symbol56', { context: path.links[i].context })}</span>}
              </li>
            )}
          </Fragment>
        ))}
      </ol>
    </li>
  );
}
