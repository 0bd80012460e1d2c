import { formatDateTime } from '../lib/format';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { canManage } from '../auth/session';
import { useMe } from '../auth/MeContext';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { useTitle } from '../lib/useTitle';
import { ComparePair, type Kind, type ValueChoice } from './ComparePair';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

interface Side { id: string; name: string; zip: string | null; emails?: string[] | null; phones?: string[] | null; website?: string | null; version?: number }
interface Pair { a: Side; b: Side; reasons: string[]; score: number }

export const DUPLICATES = graphql(`
  query Duplicates {
    duplicatePeople(limit: 200) {
      score
      reasons
      a { id name zip emails phones version }
      b { id name zip emails phones version }
    }
    duplicateOrganizations(limit: 200) {
      score
      reasons
      a { id name zip website version }
      b { id name zip website version }
    }
  }
`);

function describe(side: Side): string {
  return [side.zip, ...(side.emails ?? []), ...(side.phones ?? []), side.website].filter(Boolean).join(' · ');
}


export const RECENT_MERGES = graphql(`
  query RecentMerges {
    recentMerges(limit: 20) { id at entityType keptId mergedId keptName mergedName undoneAt }
  }
`);

export const MERGE_PEOPLE = graphql(`
  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {
    mergePeople(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {
      moved
      combined
      dropped
      merge { id at entityType keptId mergedId keptName mergedName undoneAt }
      person { id name version }
    }
  }
`);

export const MERGE_ORGANIZATIONS = graphql(`
  mutation MergeOrganizations($keepId: ID!, $mergeId: ID!, $keepVersion: Int!, $mergeVersion: Int!, $values: [MergeValueChoice!]) {
    mergeOrganizations(keepId: $keepId, mergeId: $mergeId, keepVersion: $keepVersion, mergeVersion: $mergeVersion, values: $values) {
      moved
      combined
      dropped
      merge { id at entityType keptId mergedId keptName mergedName undoneAt }
      organization { id name version }
    }
  }
`);

export const UNDO_MERGE = graphql(`
  mutation UndoMerge($mergeId: ID!) {
    undoMerge(mergeId: $mergeId) {
      skipped
      merge { id at entityType keptId mergedId keptName mergedName undoneAt }
    }
  }
`);

type Notice = { kind: 'success' | 'error'; text: string; undoId?: string } | null;

/** Merging and undoing, shared by the pairs and the recent merges: one notice at the top, with "Undo" after a merge. */
function useMerging() {
  const [notice, setNotice] = useState<Notice>(null);
  const refetchQueries = [DUPLICATES, RECENT_MERGES];
  const [mergeMutation, { loading: merging }] = useMutation(MERGE_PEOPLE, { refetchQueries, awaitRefetchQueries: true });
  const [mergeOrgMutation, { loading: mergingOrgs }] = useMutation(MERGE_ORGANIZATIONS, { refetchQueries, awaitRefetchQueries: true });
  const [undoMutation, { loading: undoing }] = useMutation(UNDO_MERGE, { refetchQueries, awaitRefetchQueries: true });
  const merge = async (kind: Kind, keep: Side, drop: Side, values: ValueChoice[]) => {
    try {
      const variables = { keepId: keep.id, mergeId: drop.id, keepVersion: keep.version ?? 0, mergeVersion: drop.version ?? 0, values };
      const r = kind === 'person' ? (await mergeMutation({ variables })).data!.mergePeople : (await mergeOrgMutation({ variables })).data!.mergeOrganizations;
      setNotice({ kind: 'success', text: t('dedupe.mergedIntoRelationshipMoved', { name: drop.name, name2: keep.name, moved: r.moved, combined: r.combined ?? 0 }), undoId: r.merge.id });
    } catch (e) {
      setNotice({ kind: 'error', text: errorMessage(e) });
    }
  };
  const undo = async (mergeId: string) => {
    try {
      const { data } = await undoMutation({ variables: { mergeId } });
      const r = data!.undoMerge;
      setNotice({ kind: 'success', text: t('dedupe.undoneIsBackAsA', { mergedName: r.merge.mergedName, skipped: r.skipped ?? 0 }) });
    } catch (e) {
      setNotice({ kind: 'error', text: errorMessage(e) });
    }
  };
  return { notice, merge, undo, busy: merging || mergingOrgs || undoing };
}

type Merging = ReturnType<typeof useMerging>;

function MergeNotice({ m }: { m: Merging }) {
  if (!m.notice) return null;
  return (
    <Alert kind={m.notice.kind}>
      {m.notice.text}{' '}
      {m.notice.undoId && (
        <button type="button" className="button-secondary" disabled={m.busy} onClick={() => void m.undo(m.notice!.undoId!)}>
          {t('dedupe.undo')}
        </button>
      )}
    </Alert>
  );
}

function RecentMerges({ m }: { m: Merging }) {
  const { data, error } = useQuery(RECENT_MERGES, { fetchPolicy: 'network-only' });
  if (error) return <Alert>{errorMessage(error)}</Alert>;
  if (!data) return null;
  if (data.recentMerges.length === 0) return <p className="muted">{t('dedupe.noMergesYet')}</p>;
  return (
    <ul className="rows">
      {data.recentMerges.map((r) => (
        <li key={r.id} className="row" data-testid="recent-merge">
          <div>
            {t('dedupe.mergedInto', { mergedName: r.mergedName })}{' '}<Link to={`${r.entityType === 'organization' ? '/organizations' : '/people'}/${r.keptId}`}>{r.keptName}</Link>{' '}
            <span className="muted small">{formatDateTime(r.at)}</span>
          </div>
          {r.undoneAt ? (
            <span className="muted small">{t('dedupe.undone')}</span>
          ) : (
            <button type="button" className="button-secondary" disabled={m.busy} onClick={() => void m.undo(r.id)} aria-label={t('dedupe.undoTheMergeOfInto', { mergedName: r.mergedName, keptName: r.keptName })}>
              {t('dedupe.undo')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function PairList({ pairs, base, kind, merging }: { pairs: Pair[]; base: string; kind: Kind; merging: Merging }) {
  if (pairs.length === 0) return <p className="muted">{t('dedupe.noLikelyDuplicateFound', { kind })}</p>;
  return (
    <ul className="rows">
      {pairs.map((p) => (
        <li key={`${p.a.id}|${p.b.id}`} className="row" data-testid="duplicate-pair">
          <div>
            <strong>{p.reasons.join(', ')}</strong>
          </div>
          {[p.a, p.b].map((side) => (
            <div key={side.id}>
              <Link to={`${base}/${side.id}`}>{side.name}</Link> <span className="muted small">{describe(side)}</span>
            </div>
          ))}
          <ComparePairToggle pair={p} kind={kind} merging={merging} />
        </li>
      ))}
    </ul>
  );
}

/** "Compare and merge" opens the two records side by side, where the leader chooses what to keep. */
function ComparePairToggle({ pair, kind, merging }: { pair: Pair; kind: Kind; merging: Merging }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => setOpen(true)} aria-label={t('dedupe.compareAndMergeAnd', { name: pair.a.name, name2: pair.b.name })}>
          {t('dedupe.compareAndMerge')}
        </button>
      </div>
    );
  }
  return (
    <ComparePair
      kind={kind}
      ids={{ a: pair.a.id, b: pair.b.id }}
      busy={merging.busy}
      onMerge={(keep, drop, values) => merging.merge(kind, keep, drop, values)}
    />
  );
}

/** Likely duplicates, most certain first, so a leader can compare both records, merge two people, and undo a merge. */
export function DuplicatesPage() {
  useTitle(t('dedupe.likelyDuplicates'));
  const me = useMe();
  const { data, loading, error } = useQuery(DUPLICATES, { skip: !canManage(me), fetchPolicy: 'network-only' });
  const merging = useMerging();
  return (
    <div className="page page-narrow">
      <h1>{t('dedupe.likelyDuplicates')}</h1>
      {!canManage(me) && <Alert kind="info">{t('dedupe.findingDuplicatesIsForLeaders')}</Alert>}
      {loading && <Loading />}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && (
        <>
          <p className="muted">
            {t('dedupe.sameEmailOrPhoneOr')}
          </p>
          <MergeNotice m={merging} />
          <section className="card" aria-labelledby="dup-people-h">
            <h2 id="dup-people-h">{t('dedupe.people', { length: data.duplicatePeople.length })}</h2>
            <PairList pairs={data.duplicatePeople} base="/people" kind="person" merging={merging} />
          </section>
          <section className="card" aria-labelledby="dup-orgs-h">
            <h2 id="dup-orgs-h">{t('dedupe.organizations', { length: data.duplicateOrganizations.length })}</h2>
            <PairList pairs={data.duplicateOrganizations} base="/organizations" kind="organization" merging={merging} />
          </section>
          <section className="card" aria-labelledby="recent-merges-h">
            <h2 id="recent-merges-h">{t('dedupe.recentMerges')}</h2>
            <RecentMerges m={merging} />
          </section>
        </>
      )}
    </div>
  );
}
