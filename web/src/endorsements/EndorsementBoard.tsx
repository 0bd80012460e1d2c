import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ENDORSEMENT_STATUSES, type EndorsementStatus } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { HistoryList } from '../components/HistoryList';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { errorCode, errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate, labelOf } from '../lib/format';
import { ORGANIZATIONS_SEARCH, PEOPLE_SEARCH } from '../people/queries';
import type { Change, OrganizationRef } from '../types';
import {
  CREATE_ASK,
  DELETE_ASK,
  ENDORSEMENT_BOARD,
  MOVE_ASK,
  MY_PERSON,
  type EndorsementAsk,
  type EndorsementBoard as Board,
} from './queries';
import { ErrorAlert } from '../components/RecordForm';
import { useSubmissionKey } from '../lib/submission';
import { t } from '../i18n/intl';

const DRAG_TYPE = 'application/x-endorsement-ask';

const FIELD_WORDS: Record<string, string> = { get status() {
    return t('endorsements.status');
  }, get nextStep() {
    return t('endorsements.nextStep2');
  }, get asker() {
    return t('endorsements.asker2');
  }, get notes() {
    return t('endorsements.notes2');
  } };

/** Status values in words ("TO_ASK" → "To ask"), field names in words. */
function readableHistory(history: Change[]): Change[] {
  const status = (v: string | null) => (v ? labelOf(ENDORSEMENT_STATUSES, v as EndorsementStatus) : v);
  return history.map((c) => ({
    ...c,
    changes: c.changes.map((f) =>
      f.field === 'status'
        ? { ...f, from: status(f.from), to: status(f.to) }
        : { ...f, field: FIELD_WORDS[f.field] ?? f.field },
    ),
  }));
}

type MoveFields = { nextStep?: string | null; notes?: string | null };

/**
 * A campaign's endorsement pipeline (seeds 002, 003): one column per status. A card moves with its "Move to"
 * control (or by dragging it on a desktop); a stale move reloads the board and says so.
 */
export function EndorsementBoard({
  campaignId,
  campaignName,
  linkToPage = false,
}: {
  campaignId: string;
  campaignName: string;
  /** On the campaign page: a link to the board on a page of its own. */
  linkToPage?: boolean;
}) {
  const { data, error, refetch } = useQuery(ENDORSEMENT_BOARD, {
    variables: { campaignId },
    fetchPolicy: 'cache-and-network',
  });
  const [moveAsk] = useMutation(MOVE_ASK);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const board = data?.endorsementBoard;

  if (!board) {
    return (
      <section className="card card-wide" aria-labelledby="endorsements-h">
        <h2 id="endorsements-h">{t('endorsements.endorsementPipeline')}</h2>
        {error ? <Alert>{errorMessage(error)}</Alert> : <Loading />}
      </section>
    );
  }

  // Cards are grouped by their own status, so a moved card lands in its new column as soon as the move returns.
  const all = board.columns.flatMap((c) => c.asks);
  const columns = ENDORSEMENT_STATUSES.map((s) => ({ ...s, asks: all.filter((a) => a.status === s.value) }));

  /** Moves an ask; a CONFLICT reloads the board and is reported here, other refusals go back to the card. */
  async function move(ask: EndorsementAsk, status: EndorsementStatus, fields: MoveFields = {}) {
    setNotice(null);
    try {
      await moveAsk({ variables: { input: { id: ask.id, version: ask.version, status, ...fields } } });
      setNotice({
        kind: 'success',
        text:
          status === ask.status
            ? t('endorsements.saved', { name: ask.organization.name })
            : t('endorsements.movedTo', { name: ask.organization.name, status: labelOf(ENDORSEMENT_STATUSES, status).toLowerCase() }),
      });
      setFocusId(ask.id);
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') {
        await refetch().catch(() => undefined);
        setNotice({
          kind: 'error',
          text: t('endorsements.someoneElseMovedOrChanged', { name: ask.organization.name }),
        });
        return;
      }
      throw err;
    }
  }

  function onDrop(e: DragEvent, status: EndorsementStatus) {
    const id = e.dataTransfer.getData(DRAG_TYPE);
    const ask = all.find((a) => a.id === id);
    if (!ask || ask.status === status) return;
    e.preventDefault();
    move(ask, status).catch((err: unknown) => setNotice({ kind: 'error', text: saveErrorMessage(err) }));
  }

  return (
    <section className="card card-wide" aria-labelledby="endorsements-h">
      <div className="card-head">
        <h2 id="endorsements-h">{t('endorsements.endorsementPipeline')}</h2>
        <div className="actions">
          {linkToPage && (
            <Link to={`/campaigns/${campaignId}/endorsements`} className="button button-quiet">
              {t('endorsements.openFullScreen')}
            </Link>
          )}
          {!asking && (
            <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
              {t('endorsements.askAnOrganization')}
            </button>
          )}
        </div>
      </div>
      {!board.canRecordEndorsements && board.blockedReason && (
        <div className="alert alert-info blocked-note" data-testid="endorsements-blocked">
          <strong>{t('endorsements.endorsementsCannotBeRecordedYet')}</strong> {board.blockedReason}
        </div>
      )}
      {notice && (
        <div className="board-notice">
          <Alert kind={notice.kind}>{notice.text}</Alert>
        </div>
      )}
      {asking && (
        <AskForm
          campaignId={campaignId}
          campaignName={campaignName}
          onDone={(saved) => {
            setAsking(false);
            if (saved) {
              setNotice({ kind: 'success', text: t('endorsements.askRecorded') });
              void refetch();
            }
          }}
        />
      )}
      <PartnersNotAsked campaignId={campaignId} partners={board.partnersNotAsked} onAdded={() => void refetch()} />
      <div className="ask-board">
        {columns.map((col) => (
          <section
            key={col.value}
            className={`ask-column ask-column-${col.value.toLowerCase()}`}
            aria-labelledby={`col-${col.value}-h`}
            data-testid={`column-${col.value}`}
            onDragOver={(e) => {
              if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
            }}
            onDrop={(e) => onDrop(e, col.value)}
          >
            <h3 id={`col-${col.value}-h`}>
              {col.label} <span className="ask-count">{t('common.symbol19', { length: col.asks.length })}</span>
            </h3>
            {col.asks.length === 0 ? (
              <p className="muted small">{t('endorsements.none')}</p>
            ) : (
              <ul className="ask-cards">
                {col.asks.map((a) => (
                  <AskCard
                    key={a.id}
                    ask={a}
                    board={board}
                    focus={focusId === a.id}
                    onMove={move}
                    onDeleted={() => void refetch()}
                  />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

function AskCard({
  ask,
  board,
  focus,
  onMove,
  onDeleted,
}: {
  ask: EndorsementAsk;
  board: Board;
  focus: boolean;
  onMove: (ask: EndorsementAsk, status: EndorsementStatus, fields?: MoveFields) => Promise<void>;
  onDeleted: () => void;
}) {
  const ref = useRef<HTMLLIElement>(null);
  const [to, setTo] = useState<EndorsementStatus | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `ask-${ask.id}`;
  const org = ask.organization.name;

  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, ask.status]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!to) return;
    setBusy(true);
    setError(null);
    try {
      await onMove(ask, to);
      setTo('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const options = ENDORSEMENT_STATUSES.filter((s) => s.value !== ask.status).map((s) =>
    s.value === 'ENDORSED' && !board.canRecordEndorsements ? { ...s, label: t('endorsements.endorsedNotYetIssueNot') } : s,
  );

  return (
    <li className="ask-card" ref={ref} tabIndex={-1} aria-labelledby={`${id}-h`} data-testid={`ask-card-${ask.id}`}>
      <div
        className="ask-card-head"
        draggable={ask.canEdit}
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, ask.id);
          e.dataTransfer.effectAllowed = 'move';
        }}
      >
        <h4 id={`${id}-h`}>
          <Link to={`/organizations/${ask.organization.id}`} draggable={false}>
            {org}
          </Link>
        </h4>
        {ask.canEdit && (
          <span className="drag-grip" aria-hidden="true" title={t('endorsements.dragToAnotherColumn')}>
            {t('common.symbol20')}
          </span>
        )}
      </div>
      <dl className="ask-facts">
        <div className="ask-fact">
          <dt>{t('endorsements.asker')}</dt>
          <dd>{ask.asker ? <Link to={`/people/${ask.asker.id}`}>{ask.asker.name}</Link> : <span className="muted">{t('endorsements.noOneYet')}</span>}</dd>
        </div>
        <div className="ask-fact">
          <dt>{t('endorsements.nextStep')}</dt>
          <dd>{ask.nextStep || <span className="muted">{t('common.symbol')}</span>}</dd>
        </div>
        <div className="ask-fact">
          <dt>{t('endorsements.askedOn')}</dt>
          <dd>{ask.askedOn ? formatDate(ask.askedOn) : <span className="muted">{t('endorsements.notYet')}</span>}</dd>
        </div>
        {ask.decidedOn && (
          <div className="ask-fact">
            <dt>{t('endorsements.decided')}</dt>
            <dd>{formatDate(ask.decidedOn)}</dd>
          </div>
        )}
      </dl>
      {ask.canEdit && (
        <form className="move-form" onSubmit={submit} aria-label={t('endorsements.move', { org })}>
          <label htmlFor={`${id}-to`}>
            {t('endorsements.move2')}<span className="visually-hidden"> {org}</span>{' '}{t('endorsements.to')}
          </label>
          <div className="move-row">
            <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as EndorsementStatus)}>
              <option value="">{t('endorsements.choose')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button-secondary" disabled={!to || busy}>
              {busy ? t('endorsements.moving') : t('endorsements.move2')}
            </button>
          </div>
        </form>
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <details className="ask-more">
        <summary>
          {t('endorsements.detailsAndHistory')}<span className="visually-hidden">{' '}{t('endorsements.ofSAsk', { org })}</span>
        </summary>
        {ask.canEdit && <AskEditForm ask={ask} onMove={onMove} />}
        {ask.notes && (
          <p className="notes small">
            <strong>{t('endorsements.notes')}</strong> {ask.notes}
          </p>
        )}
        <h5>{t('campaigns.history')}</h5>
        <HistoryList history={readableHistory(ask.history)} />
        {ask.canEdit && <DeleteAsk ask={ask} onDeleted={onDeleted} />}
      </details>
    </li>
  );
}

/** Next step and notes, without moving the card. */
function AskEditForm({
  ask,
  onMove,
}: {
  ask: EndorsementAsk;
  onMove: (ask: EndorsementAsk, status: EndorsementStatus, fields?: MoveFields) => Promise<void>;
}) {
  const [nextStep, setNextStep] = useState(ask.nextStep ?? '');
  const [notes, setNotes] = useState(ask.notes ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onMove(ask, ask.status, { nextStep: nextStep.trim() || null, notes: notes.trim() || null });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="ask-edit" onSubmit={submit} noValidate aria-label={t('endorsements.nextStepAndNotesFor', { name: ask.organization.name })}>
      {error !== null && !fields.nextStep && !fields.notes && <Alert>{saveErrorMessage(error)}</Alert>}
      <TextField id={`ask-${ask.id}-next`} label={t('endorsements.nextStep')} value={nextStep} onChange={setNextStep} error={fields.nextStep} />
      <TextAreaField id={`ask-${ask.id}-notes`} label={t('dedupe.notes')} rows={3} value={notes} onChange={setNotes} error={fields.notes} />
      <button type="submit" className="button-secondary" disabled={busy}>
        {busy ? t('admin.saving') : t('endorsements.saveNextStepAndNotes')}
      </button>
    </form>
  );
}

function DeleteAsk({ ask, onDeleted }: { ask: EndorsementAsk; onDeleted: () => void }) {
  const [deleteAsk, { loading }] = useMutation(DELETE_ASK);
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="ask-delete">
      <ConfirmButton
        label={t('endorsements.deleteAsk')}
        className="button-quiet"
        question={<>{t('endorsements.deleteTheAskToIts', { name: ask.organization.name })}</>}
        confirmLabel={t('endorsements.deleteAsk')}
        busy={loading}
        onConfirm={async () => {
          setError(null);
          try {
            await deleteAsk({ variables: { id: ask.id } });
            onDeleted();
          } catch (err) {
            setError(err);
          }
        }}
      />
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

/** Partner organizations of the campaign nobody has asked yet: one click adds each to "to ask". */
function PartnersNotAsked({
  campaignId,
  partners,
  onAdded,
}: {
  campaignId: string;
  partners: OrganizationRef[];
  onAdded: () => void;
}) {
  const [createAsk] = useMutation(CREATE_ASK);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!partners.length) return null;

  async function add(p: OrganizationRef) {
    setBusyId(p.id);
    setError(null);
    try {
      await createAsk({ variables: { input: { campaignId, organizationId: p.id, status: 'TO_ASK' } } });
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="not-asked" aria-labelledby="not-asked-h">
      <h3 id="not-asked-h">{t('endorsements.partnersNotAskedYet')}</h3>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <ul className="rows">
        {partners.map((p) => (
          <li key={p.id} className="row">
            <div className="row-main">
              <Link to={`/organizations/${p.id}`}>{p.name}</Link>
            </div>
            <button
              type="button"
              className="button-secondary"
              disabled={busyId !== null}
              aria-label={t('endorsements.addToAsks2', { name: p.name })}
              onClick={() => void add(p)}
            >
              {busyId === p.id ? t('admin.adding') : t('endorsements.addToAsks')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const ASK_FORM_FIELDS = ['organizationId', 'askerId', 'status', 'nextStep', 'notes'];
const NEW_ASK_STATUSES = ENDORSEMENT_STATUSES.filter((s) => s.value === 'TO_ASK' || s.value === 'ASKED' || s.value === 'CONSIDERING');

/** "Ask an organization": who, by whom (the signed-in user's own person record unless changed), what next. */
function AskForm({
  campaignId,
  campaignName,
  onDone,
}: {
  campaignId: string;
  campaignName: string;
  onDone: (saved: boolean) => void;
}) {
  const mine = useQuery(MY_PERSON);
  const [createAsk, { loading }] = useMutation(CREATE_ASK);
  const submission = useSubmissionKey();
  const [organization, setOrganization] = useState<Pickable | null>(null);
  // undefined: not chosen, so the default (my own person record) applies.
  const [chosenAsker, setChosenAsker] = useState<Pickable | null | undefined>(undefined);
  const [status, setStatus] = useState<EndorsementStatus>('TO_ASK');
  const [nextStep, setNextStep] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const myPerson = mine.data?.me?.person ?? null;
  const asker = chosenAsker === undefined ? myPerson : chosenAsker;
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    if (!organization) {
      setPickError(t('endorsements.chooseTheOrganizationToAsk'));
      focusInvalid();
      return;
    }
    const input = {
      campaignId,
      organizationId: organization.id,
      askerId: asker?.id ?? null,
      status,
      nextStep: nextStep.trim() || null,
      notes: notes.trim() || null,
    };
    try {
      await createAsk({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      onDone(true);
    } catch (err) {
      submission.settled(err);
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('endorsements.askAnOrganizationToEndorse', { campaignName })}>
      <ErrorAlert error={error} placed={ASK_FORM_FIELDS} />
      <RecordPicker
        id="ask-organization"
        label={t('endorsements.organizationToAsk')}
        query={ORGANIZATIONS_SEARCH}
        nodesOf={(d) => d.organizations.nodes}
        value={organization}
        onChange={setOrganization}
        error={pickError || fields.organizationId}
      />
      <RecordPicker
        id="ask-asker"
        label={t('endorsements.whoMakesTheAsk')}
        query={PEOPLE_SEARCH}
        nodesOf={(d) => d.people.nodes}
        value={asker}
        onChange={setChosenAsker}
        error={fields.askerId}
      />
      {chosenAsker === undefined && !myPerson && !mine.loading && (
        <p className="field-hint">{t('endorsements.yourAccountIsNotLinked')}</p>
      )}
      <div className="form-row">
        <SelectField id="ask-status" label={t('campaigns.status')} value={status} onChange={setStatus} options={NEW_ASK_STATUSES} error={fields.status} />
        <TextField
          id="ask-next-step"
          label={t('endorsements.nextStep')}
          hint={t('endorsements.forExamplePresentToTheir')}
          value={nextStep}
          onChange={setNextStep}
          error={fields.nextStep}
        />
      </div>
      <TextAreaField id="ask-notes" label={t('dedupe.notes')} rows={3} value={notes} onChange={setNotes} error={fields.notes} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.saving') : t('endorsements.recordTheAsk')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
