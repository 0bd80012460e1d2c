import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDate, formatStrength, plural } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { NETWORK_GAPS, type BridgeRow } from './queries';
import { StepsAwayRanking } from './StepsAway';
import './insights.css';

export const COLD_AFTER = [30, 60, 90, 180, 365] as const;

/** Gaps and risks: single-tie partners, campaign role gaps, ties going cold, clusters and their bridges. */
export function GapsPage() {
  useTitle('Gaps and risks');
  const { params, setFilter: setParam } = useUrlFilters();
  const coldAfterDays = Number(params.get('cold')) || 90;
  const regionId = params.get('region') ?? '';
  const { data, previousData, loading, error } = useQuery(NETWORK_GAPS, {
    variables: { coldAfterDays, regionId: regionId || null },
    fetchPolicy: 'cache-and-network',
  });
  const gaps = (data ?? previousData)?.networkGaps;


  return (
    <div className="page">
      <div className="page-head">
        <h1>Gaps and risks</h1>
        <Link to="/leaders">Emerging leaders</Link>
      </div>
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label="Filter gaps and risks">
        <RegionFilter id="gaps-region" value={regionId} onChange={(v) => setParam('region', v)} allLabel="All my regions" />
        <div className="field">
          <label htmlFor="gaps-cold">A tie is cold after</label>
          <select id="gaps-cold" value={coldAfterDays} onChange={(e) => setParam('cold', e.target.value === '90' ? '' : e.target.value)}>
            {COLD_AFTER.map((d) => (
              <option key={d} value={d}>
                {d} days without contact
              </option>
            ))}
          </select>
        </div>
      </form>
      {loading && gaps && <p className="muted">Updating…</p>}
      {error && !gaps && <Alert>{errorMessage(error)}</Alert>}
      {!gaps && !error && <Loading />}
      {gaps && (
        <div className="insight-sections">
          <Section title="Partners tied to us by one person" count={gaps.partnersWithOneTie.length} empty="Every partner organization is tied to us by two people or more, or by none.">
            <ul className="insight-list">
              {gaps.partnersWithOneTie.map((p) => (
                <li key={p.organization.id}>
                  <Link to={`/organizations/${p.organization.id}`}>{p.organization.name}</Link>: only{' '}
                  {p.person ? <Link to={`/people/${p.person.id}`}>{p.person.name}</Link> : 'someone outside your regions'}{' '}
                  <span className="muted">({p.ties.join(', ')})</span>
                </li>
              ))}
            </ul>
          </Section>
          <StepsAwayRanking regionId={regionId || null} />
          {gaps.partnersWithNoTie.length > 0 && (
            <Section title="Partners nobody is tied to" count={gaps.partnersWithNoTie.length}>
              <ul className="insight-list">
                {gaps.partnersWithNoTie.map((o) => (
                  <li key={o.id}>
                    <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title="Campaigns missing roles" count={gaps.campaigns.length} empty="Every active campaign has each role held by two people, and a connector for each partner.">
            <ul className="insight-list">
              {gaps.campaigns.map((c) => (
                <li key={c.campaign.id}>
                  <Link to={`/campaigns/${c.campaign.id}`}>{c.campaign.name}</Link>: {c.gaps.join('; ')}
                </li>
              ))}
            </ul>
          </Section>
          <Section
            title={`Ties going cold (no contact in ${gaps.coldAfterDays} days)`}
            count={gaps.coldTieCount}
            empty="No tie has gone without contact that long."
          >
            {gaps.coldTieCount > gaps.coldTies.length && <p className="muted">The {gaps.coldTies.length} that matter most:</p>}
            <ul className="insight-list" aria-label="Cold ties">
              {gaps.coldTies.map((t) => (
                <li key={`${t.person.id}-${t.other.id}`} data-testid="cold-tie">
                  <Link to={`/people/${t.person.id}`}>{t.person.name}</Link> – <Link to={`/people/${t.other.id}`}>{t.other.name}</Link>{' '}
                  <span className="muted">
                    strength {formatStrength(t.strength)} · {t.lastContact ? `last contact ${formatDate(t.lastContact)}` : 'no contact logged'} ({t.daysSinceContact} days)
                  </span>
                  {t.reasons.length > 0 && <div>{t.reasons.join('; ')}</div>}
                  <div>
                    <Link to={`/log?person=${t.other.id}`}>Log a meeting with {t.other.name}</Link>
                    {' · '}
                    <Link to={`/log?person=${t.person.id}`}>with {t.person.name}</Link>
                  </div>
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Clusters and the people who bridge them" count={gaps.clusters.length} empty="No ties recorded yet.">
            {gaps.bridges.length > 0 && (
              <p>
                Best bridges:{' '}
                {gaps.bridges.slice(0, 5).map((b, i) => (
                  <span key={b.person.id}>
                    {i > 0 && ', '}
                    <Link to={`/people/${b.person.id}`}>{b.person.name}</Link>
                  </span>
                ))}
              </p>
            )}
            <ul className="insight-list" aria-label="Clusters">
              {gaps.clusters.map((c) => (
                <li key={c.number} data-testid="cluster">
                  <strong>
                    Cluster {c.number}: {plural(c.size, 'person', 'people')}
                  </strong>
                  {' · '}around {c.members.map((m) => m.name).join(', ')}
                  {c.bridges.length > 0 && (
                    <div>
                      Bridged by{' '}
                      {c.bridges.map((b, i) => (
                        <span key={b.person.id}>
                          {i > 0 && ', '}
                          <Link to={`/people/${b.person.id}`}>{b.person.name}</Link> <span className="muted">({bridgeWords(b)})</span>
                        </span>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </Section>
        </div>
      )}
    </div>
  );
}

function bridgeWords(b: BridgeRow): string {
  return `${plural(b.outsideTies, 'tie')} into ${plural(b.otherClusters, 'other cluster')}`;
}

function Section({ title, count, empty, children }: { title: string; count: number; empty?: string; children: ReactNode }) {
  const id = title.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-head">
        <h2 id={id}>{title}</h2>
        <span className="badge">{count}</span>
      </div>
      {count === 0 && empty ? <p className="empty">{empty}</p> : children}
    </section>
  );
}
