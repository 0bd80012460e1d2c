import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { ASSEMBLY_OUTCOMES, type AssemblyOutcome } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { QueryError } from '../components/QueryError';
import { errorMessage, saveErrorMessage } from '../lib/errors';
import { formatDate, labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { PrioritizedBadge } from './IssuesListPage';
import { ASSEMBLY, ISSUES, RECORD_DECISION, type AssemblyRow, type IssueRow } from './queries';
import { t } from '../i18n/intl';

export function AssemblyPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error } = useQuery(ASSEMBLY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const assembly = data?.issueAssembly;
  useTitle(assembly?.name ?? t('issues.issueAssembly'));
  if (!assembly && loading) return <Loading />;
  if (!assembly) return <QueryError error={error} backTo="/issues/assemblies" backLabel={t('issues.backToIssueAssemblies')} />;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/issues">{t('nav.issues')}</Link>{' '}{t('common.symbol21')}{' '}<Link to="/issues/assemblies">{t('issues.issueAssemblies')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{assembly.name}</h1>
          <p className="record-sub">
            <span className="badge badge-soft">{formatDate(assembly.date)}</span>
            <span className="muted">{assembly.region.name}</span>
          </p>
        </div>
      </div>
      {assembly.notes && <p className="notes">{assembly.notes}</p>}
      <Decisions assembly={assembly} canDecide={canManage(me)} />
    </div>
  );
}

/** Every issue of the assembly's region, broad areas first with their specific issues, and this assembly's decision. */
function Decisions({ assembly, canDecide }: { assembly: AssemblyRow; canDecide: boolean }) {
  const issues = useQuery(ISSUES, { variables: { regionId: assembly.region.id }, fetchPolicy: 'cache-and-network' });
  const list = issues.data?.issues ?? [];
  const areas = list.filter((i) => i.scope === 'BROAD_AREA');
  const ordered: IssueRow[] = [
    ...areas.flatMap((a) => [a, ...list.filter((i) => i.narrows?.id === a.id)]),
    ...list.filter((i) => i.scope === 'SPECIFIC_ISSUE' && !areas.some((a) => a.id === i.narrows?.id)),
  ];
  return (
    <section className="card" aria-labelledby="decisions-h">
      <h2 id="decisions-h">{t('issues.decisions')}</h2>
      <p className="muted small">
        {t('issues.prioritizingABroadAreaPrioritizes')}
      </p>
      {issues.error && <Alert>{errorMessage(issues.error)}</Alert>}
      {!issues.data && !issues.error && <Loading />}
      {issues.data && ordered.length === 0 && (
        <p className="muted">
          {t('issues.noIssuesInYet', { name: assembly.region.name })}{' '}<Link to="/issues/new">{t('issues.addAnIssue')}</Link>
        </p>
      )}
      <ul className="rows decision-rows">
        {ordered.map((issue) => (
          <DecisionRow key={issue.id} assembly={assembly} issue={issue} canDecide={canDecide} />
        ))}
      </ul>
    </section>
  );
}

function DecisionRow({
  assembly,
  issue,
  canDecide,
}: {
  assembly: AssemblyRow;
  issue: IssueRow;
  canDecide: boolean;
}) {
  const decision = assembly.decisions.find((d) => d.issue.id === issue.id);
  const [notes, setNotes] = useState(decision?.notes ?? '');
  const [record, { loading }] = useMutation(RECORD_DECISION);
  const [error, setError] = useState<unknown>(null);
  const notesId = `decision-notes-${issue.id}`;

  async function decide(outcome: AssemblyOutcome) {
    setError(null);
    try {
      await record({ variables: { input: { assemblyId: assembly.id, issueId: issue.id, outcome, notes: notes.trim() || null } } });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <li className={`row decision-row${issue.scope === 'SPECIFIC_ISSUE' ? ' decision-specific' : ''}`} aria-labelledby={`decision-${issue.id}-h`}>
      <div className="row-main">
        <Link id={`decision-${issue.id}-h`} to={`/issues/${issue.id}`}>
          {issue.name}
        </Link>
        <span className="muted small">{issue.scope === 'BROAD_AREA' ? t('issues.broadArea') : t('campaigns.specificIssue')}</span>
        {decision ? (
          <span className={`badge ${decision.outcome === 'PRIORITIZED' ? 'badge-go' : 'badge-stop'}`}>
            {t('issues.decidedHere', { outcome: labelOf(ASSEMBLY_OUTCOMES, decision.outcome).toLowerCase() })}
          </span>
        ) : (
          <span className="muted small">{t('issues.notDecidedAtThisAssembly')}</span>
        )}
        <span className="small">
          {t('issues.now')}{' '}<PrioritizedBadge prioritized={issue.prioritized} />
        </span>
      </div>
      {decision?.notes && !canDecide && <p className="small row-note">{decision.notes}</p>}
      {canDecide && (
        <div className="decide" role="group" aria-label={t('issues.decideOn', { name: issue.name })}>
          <div className="field decide-notes">
            <label htmlFor={notesId}>
              {t('dedupe.notes')}<span className="visually-hidden">{' '}{t('issues.on', { name: issue.name })}</span>
            </label>
            <input id={notesId} type="text" value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
          <div className="actions">
            <button
              type="button"
              className={decision?.outcome === 'PRIORITIZED' ? 'button-primary' : 'button-secondary'}
              aria-pressed={decision?.outcome === 'PRIORITIZED'}
              disabled={loading}
              onClick={() => void decide('PRIORITIZED')}
            >
              {t('issues.prioritize')}
            </button>
            <button
              type="button"
              className={decision?.outcome === 'NOT_PRIORITIZED' ? 'button-primary' : 'button-secondary'}
              aria-pressed={decision?.outcome === 'NOT_PRIORITIZED'}
              disabled={loading}
              onClick={() => void decide('NOT_PRIORITIZED')}
            >
              {t('issues.doNotPrioritize')}
            </button>
          </div>
        </div>
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </li>
  );
}
