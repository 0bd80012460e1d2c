import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Loading } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { formatDate, formatStrength } from '../lib/format';
import { PERSON_INTERACTIONS, PERSON_TIE_ACTIVITY, kindName, type Interaction } from './queries';
import { t as tr } from '../i18n/intl';

const LIMIT = 20;

/** A person's logged meetings (newest first), and what the meetings made of their ties. */
export function InteractionsSection({ personId, personName }: { personId: string; personName: string }) {
  const { data, loading, error } = useQuery(PERSON_INTERACTIONS, {
    variables: { id: personId, limit: LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const interactions = data?.person.interactions;
  return (
    <>
      <section className="card card-wide" aria-labelledby="meetings-h">
        <div className="card-head">
          <h2 id="meetings-h">{tr('export.meetings')}</h2>
          <Link to={`/log?person=${encodeURIComponent(personId)}`} className="button button-primary">
            {tr('nav.logMeeting')}
            <span className="visually-hidden">{' '}{tr('interactions.with', { personName })}</span>
          </Link>
        </div>
        {error && !interactions && <p className="load-error">{tr('interactions.couldNotLoadTheMeetings', { error: errorMessage(error) })}</p>}
        {!interactions && loading && <Loading />}
        {interactions && interactions.length === 0 && (
          <p className="muted">{tr('interactions.noMeetingsLoggedYet')}</p>
        )}
        {interactions && interactions.length > 0 && (
          <ol className="interactions" data-testid="interactions">
            {interactions.map((i) => (
              <InteractionItem key={i.id} interaction={i} personId={personId} />
            ))}
          </ol>
        )}
        {interactions && interactions.length >= LIMIT && (
          <p className="muted small">{tr('interactions.showingTheLatestMeetings', { LIMIT })}</p>
        )}
      </section>
      <TieActivity personId={personId} />
    </>
  );
}

function InteractionItem({ interaction: i, personId }: { interaction: Interaction; personId: string }) {
  const others = [...(i.host ? [{ ...i.host, host: true }] : []), ...i.participants.map((p) => ({ ...p, host: false }))].filter(
    (p) => p.id !== personId,
  );
  return (
    <li className="interaction">
      <p className="interaction-head">
        <span className="badge">{kindName(i.kind)}</span>
        <time dateTime={i.date}>{formatDate(i.date)}</time>
      </p>
      {others.length > 0 && (
        <p className="interaction-people">
          <span className="muted">{tr('interactions.with2')}{' '}</span>
          {others.map((p, k) => (
            <span key={p.id}>
              {k > 0 && tr('common.symbol26')}
              <Link to={`/people/${p.id}`}>{p.name}</Link>
              {p.host && <span className="muted small">{' '}{tr('interactions.host')}</span>}
            </span>
          ))}
        </p>
      )}
      {i.organizations.length > 0 && (
        <p className="interaction-orgs">
          <span className="muted">{tr('customfields.for')}{' '}</span>
          {i.organizations.map((o, k) => (
            <span key={o.id}>
              {k > 0 && tr('common.symbol26')}
              <Link to={`/organizations/${o.id}`}>{o.name}</Link>
            </span>
          ))}
        </p>
      )}
      {i.notes && <p className="notes interaction-notes">{i.notes}</p>}
      {i.followUps.length > 0 && (
        <ul className="interaction-followups">
          {i.followUps.map((f) => (
            <li key={f.id} className={f.done ? 'done' : f.overdue ? 'overdue' : undefined}>
              {f.done ? tr('common.symbol34') : ''}
              {f.text}
              <span className="muted small">
                {[
                  f.dueDate && tr('interactions.dueDate', { date: formatDate(f.dueDate) }),
                  f.assigneeName,
                  f.done ? tr('interactions.followUpDone') : f.overdue ? tr('interactions.followUpOverdue') : '',
                ]
                  .filter(Boolean)
                  .map((s) => ` · ${s}`)
                  .join('')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {i.loggedByName && <p className="muted small">{tr('interactions.loggedBy', { loggedByName: i.loggedByName })}</p>}
      {i.canEdit && (
        <p className="small">
          <Link to={`/meetings/${i.id}?from=${encodeURIComponent(`/people/${personId}`)}`}>
            {tr('interactions.correctOrDelete')}<span className="visually-hidden">{' '}{tr('interactions.theOn', { kind: kindName(i.kind).toLowerCase(), date: formatDate(i.date) })}</span>
          </Link>
        </p>
      )}
    </li>
  );
}

/** Ties with logged meetings: how many, the last one, and the strength the meetings give (fading without contact). */
function TieActivity({ personId }: { personId: string }) {
  // Not cached: the person page keeps its own list of ties, with other fields.
  const { data, error } = useQuery(PERSON_TIE_ACTIVITY, { variables: { id: personId }, fetchPolicy: 'no-cache' });
  const met = (data?.person.ties ?? [])
    .filter((t) => t.interactionCount > 0)
    .sort((a, b) => (b.lastContact ?? '').localeCompare(a.lastContact ?? ''));
  if (error) return null;
  if (!data || met.length === 0) return null;
  return (
    <section className="card" aria-labelledby="tie-activity-h">
      <h2 id="tie-activity-h">{tr('interactions.relationshipsFromMeetings')}</h2>
      <p className="muted small">
        {tr('interactions.strengthFromLoggedMeetings1')}
      </p>
      <ul className="rows">
        {met.map((t) => (
          <li key={t.person.id} className="row">
            <div className="row-main">
              <Link to={`/people/${t.person.id}`}>{t.person.name}</Link>
              <span className="small">
                <strong>{formatStrength(t.derivedStrength)}</strong>
                <span className="muted">{' '}{tr('interactions.of5')}</span>
              </span>
              <span className="muted small">
                {tr('count.meeting', { count: t.interactionCount })}
                {t.lastContact && tr('interactions.last', { lastContact: formatDate(t.lastContact) })}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
