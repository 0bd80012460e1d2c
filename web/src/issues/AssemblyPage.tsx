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

export function AssemblyPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(ASSEMBLY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const assembly = data?.issueAssembly;
  useTitle(assembly?.name ?? 'Issue Assembly');
  if (!assembly && loading) return <Loading />;
  if (!assembly) return <QueryError error={error} backTo="/issues/assemblies" backLabel="Back to Issue Assemblies" />;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/issues">Issues</Link> / <Link to="/issues/assemblies">Issue Assemblies</Link>
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
      <Decisions assembly={assembly} canDecide={canManage(me)} onChanged={() => void refetch()} />
    </div>
  );
}

/** Every issue of the assembly's region, broad areas first with their specific issues, and this assembly's decision. */
function Decisions({ assembly, canDecide, onChanged }: { assembly: AssemblyRow; canDecide: boolean; onChanged: () => void }) {
  const issues = useQuery(ISSUES, { variables: { regionId: assembly.region.id }, fetchPolicy: 'cache-and-network' });
  const list = issues.data?.issues ?? [];
  const areas = list.filter((i) => i.scope === 'BROAD_AREA');
  const ordered: IssueRow[] = [
    ...areas.flatMap((a) => [a, ...list.filter((i) => i.narrows?.id === a.id)]),
    ...list.filter((i) => i.scope === 'SPECIFIC_ISSUE' && !areas.some((a) => a.id === i.narrows?.id)),
  ];
  return (
    <section className="card" aria-labelledby="decisions-h">
      <h2 id="decisions-h">Decisions</h2>
      <p className="muted small">
        Prioritizing a broad area prioritizes the specific issues narrowed from it. Campaigns mobilize members only on
        prioritized issues.
      </p>
      {issues.error && <Alert>{errorMessage(issues.error)}</Alert>}
      {!issues.data && !issues.error && <Loading />}
      {issues.data && ordered.length === 0 && (
        <p className="muted">
          No issues in {assembly.region.name} yet. <Link to="/issues/new">Add an issue</Link>
        </p>
      )}
      <ul className="rows decision-rows">
        {ordered.map((issue) => (
          <DecisionRow
            key={issue.id}
            assembly={assembly}
            issue={issue}
            canDecide={canDecide}
            onChanged={() => {
              onChanged();
              void issues.refetch();
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function DecisionRow({
  assembly,
  issue,
  canDecide,
  onChanged,
}: {
  assembly: AssemblyRow;
  issue: IssueRow;
  canDecide: boolean;
  onChanged: () => void;
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
      onChanged();
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
        <span className="muted small">{issue.scope === 'BROAD_AREA' ? 'Broad area' : 'Specific issue'}</span>
        {decision ? (
          <span className={`badge ${decision.outcome === 'PRIORITIZED' ? 'badge-go' : 'badge-stop'}`}>
            Decided here: {labelOf(ASSEMBLY_OUTCOMES, decision.outcome).toLowerCase()}
          </span>
        ) : (
          <span className="muted small">Not decided at this assembly</span>
        )}
        <span className="small">
          Now: <PrioritizedBadge prioritized={issue.prioritized} />
        </span>
      </div>
      {decision?.notes && !canDecide && <p className="small row-note">{decision.notes}</p>}
      {canDecide && (
        <div className="decide" role="group" aria-label={`Decide on ${issue.name}`}>
          <div className="field decide-notes">
            <label htmlFor={notesId}>
              Notes<span className="visually-hidden"> on {issue.name}</span>
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
              Prioritize
            </button>
            <button
              type="button"
              className={decision?.outcome === 'NOT_PRIORITIZED' ? 'button-primary' : 'button-secondary'}
              aria-pressed={decision?.outcome === 'NOT_PRIORITIZED'}
              disabled={loading}
              onClick={() => void decide('NOT_PRIORITIZED')}
            >
              Do not prioritize
            </button>
          </div>
        </div>
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </li>
  );
}
