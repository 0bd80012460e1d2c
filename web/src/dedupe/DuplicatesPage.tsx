import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { canManage } from '../auth/session';
import { useMe } from '../auth/MeContext';
import { Alert, Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { useTitle } from '../lib/useTitle';

interface Side { id: string; name: string; zip: string | null; emails?: string[] | null; phones?: string[] | null; website?: string | null }
interface Pair { a: Side; b: Side; reasons: string[]; score: number }

export const DUPLICATES: TypedDocumentNode<{ duplicatePeople: Pair[]; duplicateOrganizations: Pair[] }, Record<string, never>> = gql`
  query Duplicates {
    duplicatePeople(limit: 200) {
      score
      reasons
      a { id name zip emails phones }
      b { id name zip emails phones }
    }
    duplicateOrganizations(limit: 200) {
      score
      reasons
      a { id name zip website }
      b { id name zip website }
    }
  }
`;

function describe(side: Side): string {
  return [side.zip, ...(side.emails ?? []), ...(side.phones ?? []), side.website].filter(Boolean).join(' · ');
}

function PairList({ pairs, base, noun }: { pairs: Pair[]; base: string; noun: string }) {
  if (pairs.length === 0) return <p className="muted">No likely duplicate {noun} found.</p>;
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
        </li>
      ))}
    </ul>
  );
}

/** Likely duplicates, most certain first, so a leader can open both records and tidy them up. */
export function DuplicatesPage() {
  useTitle('Likely duplicates');
  const me = useMe();
  const { data, loading, error } = useQuery(DUPLICATES, { skip: !canManage(me), fetchPolicy: 'network-only' });
  return (
    <div className="page page-narrow">
      <h1>Likely duplicates</h1>
      {!canManage(me) && <Alert kind="info">Finding duplicates is for leaders, staff and admins.</Alert>}
      {loading && <Loading />}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && (
        <>
          <p className="muted">
            Same email or phone, or a similar name in the same zip code (people); the same name or website, or a similar name in the same
            zip code (organizations). Open both records to compare; merging them in one step is not available yet.
          </p>
          <section className="card" aria-labelledby="dup-people-h">
            <h2 id="dup-people-h">People ({data.duplicatePeople.length})</h2>
            <PairList pairs={data.duplicatePeople} base="/people" noun="people" />
          </section>
          <section className="card" aria-labelledby="dup-orgs-h">
            <h2 id="dup-orgs-h">Organizations ({data.duplicateOrganizations.length})</h2>
            <PairList pairs={data.duplicateOrganizations} base="/organizations" noun="organizations" />
          </section>
        </>
      )}
    </div>
  );
}
