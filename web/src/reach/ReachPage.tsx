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

const LINK_WORDS: Record<ReachLink['kind'], string> = { KNOWS: 'knows', MEMBER_OF: 'member of', WORKS_AT: 'works at', LEADS: 'leads' };

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
      <h1>Who can reach them?</h1>
      <section className="card" aria-label="Target and messengers">
        {targetId ? (
          <div className="field">
            <span className="label">Target</span>
            <div className="picked">
              <strong>{data?.reach.target.name ?? '…'}</strong>
              <button type="button" className="button-link" onClick={() => setParams({})}>
                Change
              </button>
            </div>
          </div>
        ) : (
          <>
            <fieldset className="field">
              <legend className="label">Reach a</legend>
              <label>
                <input type="radio" name="reach-kind" checked={kind === 'PERSON'} onChange={() => setKind('PERSON')} /> person
              </label>{' '}
              <label>
                <input type="radio" name="reach-kind" checked={kind === 'ORGANIZATION'} onChange={() => setKind('ORGANIZATION')} /> organization
              </label>
            </fieldset>
            {kind === 'PERSON' ? (
              <RecordPicker id="reach-target" label="Target person" query={PEOPLE_SEARCH} nodesOf={(d) => d.people.nodes} value={null} onChange={pick} />
            ) : (
              <RecordPicker id="reach-target" label="Target organization" query={ORGANIZATIONS_SEARCH} nodesOf={(d) => d.organizations.nodes} value={null} onChange={pick} />
            )}
          </>
        )}
        <div className="field">
          <label className="label" htmlFor="reach-from">
            Starting from
          </label>
          <select id="reach-from" value={from} onChange={(e) => setFrom(e.target.value as ReachFrom)}>
            <option value="ME">Me</option>
            <option value="TEAM">A team</option>
            <option value="REGION">A region’s members</option>
            <option value="ALL_MEMBERS">All members</option>
          </select>
        </div>
        {from === 'TEAM' && (
          <div className="field">
            <label className="label" htmlFor="reach-team">
              Team
            </label>
            <select id="reach-team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">Choose a team</option>
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
              Region
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
      {loading && <Loading label="Finding warm paths…" />}
      {data && !loading && (
        <section aria-label="Warm paths">
          {data.reach.startingMembers === 0 ? (
            <Alert kind="info">
              <NoOneCanStart from={from} />
            </Alert>
          ) : (
            <p className="muted">
              {data.reach.paths.length === 0
                ? `No path of up to 6 links from ${data.reach.startingMembers} starting member${data.reach.startingMembers === 1 ? '' : 's'}: nobody they know is linked to the target within 6 steps. Log the meetings and ties you know of, or start from all members.`
                : `Best ${data.reach.paths.length} of the paths from ${data.reach.startingMembers} starting member${data.reach.startingMembers === 1 ? '' : 's'}, strongest first; no two share a go-between. A path's score multiplies, for each link, its strength out of 5 and 0.8 for the step: fewer, stronger and more recent links rank higher.`}
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
    return (
      <>
        Nobody can start from you: your account is not linked to your own person record. Open your record and press “This is me”, or start from
        all members.
      </>
    );
  }
  if (from === 'TEAM') return <>This team has no members yet, so nobody can start from it. Add members on the team’s page, or start from all members.</>;
  return (
    <>
      Nobody can start: no one {from === 'REGION' ? 'in this region' : 'in your regions'} is marked as a member, and reach starts from members.
      Mark people as members on their page (Kinds: member), or import a people file with a Kinds column; attending a house meeting, training or
      event also makes someone a member. <Link to="/people">Open the people list</Link>
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
  const parts = [
    `${path.hops} link${path.hops === 1 ? '' : 's'} of strength ${path.links.map((l) => formatStrength(l.strength)).join(', ')} (out of 5)`,
    `weakest ${between} at ${formatStrength(w.strength)}${w.lastContact ? `, last contact ${formatDate(w.lastContact)}` : ', no contact logged'}`,
  ];
  if (previous) {
    const prevWeakest = Math.min(...previous.links.map((l) => l.strength));
    if (path.hops > previous.hops) parts.push(`below the path before: ${path.hops - previous.hops} more link${path.hops - previous.hops === 1 ? '' : 's'}`);
    else if (w.strength < prevWeakest) parts.push(`below the path before: its weakest link is weaker (${formatStrength(w.strength)} against ${formatStrength(prevWeakest)})`);
    else parts.push('below the path before: its links are weaker together');
  }
  return `Score ${Math.round(path.score * 100)}: ${parts.join('; ')}.`;
}

function PathCard({ rank, path, previous }: { rank: number; path: ReachPath; previous?: ReachPath }) {
  return (
    <li className="card reach-path" aria-label={`Path ${rank}`}>
      <p>
        <strong>Ask {path.messenger.name}</strong>{' '}
        <span className="muted small">
          · {path.hops} link{path.hops === 1 ? '' : 's'} · score {Math.round(path.score * 100)}
        </span>
      </p>
      <p className="muted small reach-why">{whyHere(path, previous)}</p>
      <ol className="reach-chain">
        {path.nodes.map((n, i) => (
          <Fragment key={i}>
            <li className={i === 0 ? 'reach-node messenger' : 'reach-node'}>
              <NodeName node={n} />
              {i === 0 && <span className="badge">messenger</span>}
            </li>
            {i < path.links.length && (
              <li className="reach-link small">
                <span>{LINK_WORDS[path.links[i].kind]}</span> <StrengthMeter strength={path.links[i].strength} />{' '}
                <span>{formatStrength(path.links[i].strength)}</span>
                <span className="muted"> · {path.links[i].lastContact ? `last contact ${formatDate(path.links[i].lastContact!)}` : 'no contact logged'}</span>
                {path.links[i].context && <span className="muted"> · {path.links[i].context}</span>}
              </li>
            )}
          </Fragment>
        ))}
      </ol>
    </li>
  );
}
