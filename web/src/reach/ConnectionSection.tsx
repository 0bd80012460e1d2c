import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { errorMessage } from '../lib/errors';
import { formatDate, formatStrength } from '../lib/format';
import { PEOPLE_SEARCH } from '../people/queries';
import { CONNECTION, type Chain, type ChainNode } from './connectionQueries';
import { t } from '../i18n/intl';
import { EDGE_LABEL, type EdgeKind } from '../maps/packed';

function NodeName({ n }: { n: ChainNode }) {
  if (n.hidden || !n.id) return <span className="muted">{n.name}</span>;
  return <Link to={n.kind === 'PERSON' ? `/people/${n.id}` : `/organizations/${n.id}`}>{n.name}</Link>;
}

function ChainView({ chain }: { chain: Chain }) {
  return (
    <span>
      {chain.nodes.map((n, i) => (
        <span key={i}>
          {i > 0 && (
            <span className="muted">
              {' '}{t('common.symbol55', { kind: EDGE_LABEL[chain.links[i - 1].kind as EdgeKind], strength: formatStrength(chain.links[i - 1].strength) })}
              {chain.links[i - 1].lastContact ? t('reach.lastContact', { formatDate: formatDate(chain.links[i - 1].lastContact!) }) : ''}{' '}{t('common.symbol')}{' '}
            </span>
          )}
          <NodeName n={n} />
        </span>
      ))}
    </span>
  );
}

/** On a person's page: "How is Ana connected to…" (anyone picked) and "How am I connected to Ana" (the viewer's own record). */
export function ConnectionSection({ personId, name }: { personId: string; name: string }) {
  const me = useMe();
  const [other, setOther] = useState<Pickable | null>(null);
  const [fromMe, setFromMe] = useState(false);
  const mine = me?.person && me.person.id !== personId ? me.person : null;
  const fromId = fromMe && mine ? mine.id : personId;
  const toId = fromMe && mine ? personId : other?.id ?? '';
  const { data, error, loading } = useQuery(CONNECTION, { variables: { fromId, toId }, skip: !toId });
  const c = data?.connection;
  return (
    <section className="card" aria-labelledby="connection-h">
      <h2 id="connection-h">{t('reach.howIsConnectedTo', { name })}</h2>
      <RecordPicker
        id="connection-other"
        label={t('reach.someoneElse')}
        query={PEOPLE_SEARCH}
        nodesOf={(d) => d.people.nodes}
        value={other}
        onChange={(v) => {
          setOther(v);
          setFromMe(false);
        }}
        excludeId={personId}
      />
      {mine && (
        <button type="button" className="button button-secondary" onClick={() => setFromMe(true)}>
          {t('reach.howAmIConnectedTo', { name })}
        </button>
      )}
      {loading && <p className="muted">{t('reach.lookingForChains')}</p>}
      {error && <p className="load-error">{errorMessage(error)}</p>}
      {c && !c.shortest && <p className="empty">{t('reach.noChainOf6Links', { name: c.from.name, name2: c.to.name })}</p>}
      {c?.shortest && (
        <div data-testid="connection">
          <h3>{t('reach.shortest', { hops: t('count.link', { count: c.shortest.hops }) })}</h3>
          <p data-testid="shortest-chain">
            <ChainView chain={c.shortest} />
          </p>
          <h3>{t('reach.strongest')}</h3>
          <ol aria-label={t('reach.strongestChains')}>
            {c.strongest.map((chain, i) => (
              <li key={i} data-testid="strong-chain">
                <ChainView chain={chain} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
