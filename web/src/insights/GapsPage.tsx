import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDate, formatStrength } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { NETWORK_GAPS, type BridgeRow } from './queries';
import { StepsAwayRanking } from './StepsAway';
import './insights.css';
import { t as tr } from '../i18n/intl';

export const COLD_AFTER = [30, 60, 90, 180, 365] as const;

/** Gaps and risks: single-tie partners, campaign role gaps, ties going cold, clusters and their bridges. */
export function GapsPage() {
  useTitle(tr('insights.gapsAndRisks'));
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
        <h1>{tr('insights.gapsAndRisks')}</h1>
        <Link to="/leaders">{tr('insights.emergingLeaders')}</Link>
      </div>
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label={tr('insights.filterGapsAndRisks')}>
        <RegionFilter id="gaps-region" value={regionId} onChange={(v) => setParam('region', v)} allLabel={tr('insights.allMyRegions')} />
        <div className="field">
          <label htmlFor="gaps-cold">{tr('insights.aTieIsColdAfter')}</label>
          <select id="gaps-cold" value={coldAfterDays} onChange={(e) => setParam('cold', e.target.value === '90' ? '' : e.target.value)}>
            {COLD_AFTER.map((d) => (
              <option key={d} value={d}>
                {tr('insights.daysWithoutContact', { d })}
              </option>
            ))}
          </select>
        </div>
      </form>
      {loading && gaps && <p className="muted">{tr('insights.updating')}</p>}
      {error && !gaps && <Alert>{errorMessage(error)}</Alert>}
      {!gaps && !error && <Loading />}
      {gaps && (
        <div className="insight-sections">
          <Section title={tr('insights.partnersTiedToUsBy')} count={gaps.partnersWithOneTie.length} empty={tr('insights.everyPartnerOrganizationIsTied')}>
            <ul className="insight-list">
              {gaps.partnersWithOneTie.map((p) => (
                <li key={p.organization.id}>
                  <Link to={`/organizations/${p.organization.id}`}>{p.organization.name}</Link>{tr('insights.only')}{' '}
                  {p.person ? <Link to={`/people/${p.person.id}`}>{p.person.name}</Link> : tr('insights.someoneOutsideYourRegions')}{' '}
                  <span className="muted">{tr('common.symbol28', { p: p.ties.join(', ') })}</span>
                </li>
              ))}
            </ul>
          </Section>
          <StepsAwayRanking regionId={regionId || null} />
          {gaps.partnersWithNoTie.length > 0 && (
            <Section title={tr('insights.partnersNobodyIsTiedTo')} count={gaps.partnersWithNoTie.length}>
              <ul className="insight-list">
                {gaps.partnersWithNoTie.map((o) => (
                  <li key={o.id}>
                    <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title={tr('insights.campaignsMissingRoles')} count={gaps.campaigns.length} empty={tr('insights.everyActiveCampaignHasEach')}>
            <ul className="insight-list">
              {gaps.campaigns.map((c) => (
                <li key={c.campaign.id}>
                  <Link to={`/campaigns/${c.campaign.id}`}>{c.campaign.name}</Link>{tr('common.symbol29', { c: c.gaps.join('; ') })}
                </li>
              ))}
            </ul>
          </Section>
          <Section
            title={tr('insights.tiesGoingColdNoContact', { coldAfterDays: gaps.coldAfterDays })}
            count={gaps.coldTieCount}
            empty={tr('insights.noTieHasGoneWithout')}
          >
            {gaps.coldTieCount > gaps.coldTies.length && <p className="muted">{tr('insights.theThatMatterMost', { length: gaps.coldTies.length })}</p>}
            <ul className="insight-list" aria-label={tr('insights.coldTies')}>
              {gaps.coldTies.map((t) => (
                <li key={`${t.person.id}-${t.other.id}`} data-testid="cold-tie">
                  <Link to={`/people/${t.person.id}`}>{t.person.name}</Link>{' '}{tr('common.symbol30')}{' '}<Link to={`/people/${t.other.id}`}>{t.other.name}</Link>{' '}
                  <span className="muted">
                    {tr('insights.strength', { strength: formatStrength(t.strength) })}{' '}{t.lastContact ? tr('insights.lastContact', { lastContact: formatDate(t.lastContact) }) : tr('insights.noContactLogged')}{' '}{tr('insights.days', { daysSinceContact: t.daysSinceContact })}
                  </span>
                  {t.reasons.length > 0 && <div>{t.reasons.join('; ')}</div>}
                  <div>
                    <Link to={`/log?person=${t.other.id}`}>{tr('insights.logAMeetingWith', { name: t.other.name })}</Link>
                    {tr('common.symbol22')}
                    <Link to={`/log?person=${t.person.id}`}>{tr('insights.with', { name: t.person.name })}</Link>
                  </div>
                </li>
              ))}
            </ul>
          </Section>
          <Section title={tr('insights.clustersAndThePeopleWho')} count={gaps.clusters.length} empty={tr('insights.noTiesRecordedYet')}>
            {gaps.bridges.length > 0 && (
              <p>
                {tr('insights.bestBridges')}{' '}
                {gaps.bridges.slice(0, 5).map((b, i) => (
                  <span key={b.person.id}>
                    {i > 0 && tr('common.symbol26')}
                    <Link to={`/people/${b.person.id}`}>{b.person.name}</Link>
                  </span>
                ))}
              </p>
            )}
            <ul className="insight-list" aria-label={tr('insights.clusters')}>
              {gaps.clusters.map((c) => (
                <li key={c.number} data-testid="cluster">
                  <strong>
                    {tr('insights.cluster', { number: c.number, size: tr('count.person', { count: c.size }) })}
                  </strong>
                  {tr('common.symbol22')}{tr('insights.around', { m: c.members.map((m) => m.name).join(', ') })}
                  {c.bridges.length > 0 && (
                    <div>
                      {tr('insights.bridgedBy')}{' '}
                      {c.bridges.map((b, i) => (
                        <span key={b.person.id}>
                          {i > 0 && tr('common.symbol26')}
                          <Link to={`/people/${b.person.id}`}>{b.person.name}</Link> <span className="muted">{tr('common.symbol31', { b: bridgeWords(b) })}</span>
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
  return tr('insights.bridgeTiesInto', { ties: b.outsideTies, clusters: b.otherClusters });
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
