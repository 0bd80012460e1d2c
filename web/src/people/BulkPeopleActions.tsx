import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Alert } from '../components/Alert';
import { canManage } from '../auth/session';
import { useMe } from '../auth/MeContext';
import { EVENTS } from '../events/queries';
import { apiErrors, errorMessage } from '../lib/errors';
import { formatDate } from '../lib/format';
import { CONNECTORS } from './queries';
import { graphql } from '../gql';
import type { BulkTargetInput } from '../gql/graphql';
import { t } from '../i18n/intl';
import type { BulkResult } from '../lists/bulk';

export const BULK_INVITE = graphql(`
  mutation BulkInviteToEvent($input: BulkInviteInput!) {
    bulkInviteToEvent(input: $input) {
      ...BulkResultFields
    }
  }
`);

export const BULK_TURNOUT_ASK = graphql(`
  mutation BulkTurnoutAsk($input: BulkTurnoutAskInput!) {
    bulkTurnoutAsk(input: $input) {
      ...BulkResultFields
    }
  }
`);

/** Whether the API refused because some of the chosen people are at the ask limit (it names them in extensions.overLimit). */
function overLimit(error: unknown): boolean {
  return apiErrors(error).some((e) => Array.isArray(e.extensions?.overLimit));
}

interface Props {
  target: BulkTargetInput;
  count: number;
  /** Runs the bulk mutation; reports its outcome or failure to the bar. */
  assign: (action: 'ASSIGN_CONNECTOR' | 'UNASSIGN_CONNECTOR', accountId: string) => void;
  busy: boolean;
  /** What an action did, or (status RUNNING) the job it started; `describe` says it once it has finished. */
  onResult: (r: BulkResult, describe: (r: BulkResult) => string) => void;
}

/**
 * Assign a connector, invite to an event (an RSVP of "invited" until they answer) and make turnout asks, for the
 * chosen people or the whole list. Connectors and events load
 * only when the organizer opens the section. Asks go through the ask limit: those at it are named, and the
 * organizer either leaves them out or confirms asking them too; nothing is asked until one of the two is chosen.
 */
export function BulkPeopleActions({ target, count, assign, busy, onResult }: Props) {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const manager = canManage(me);
  const connectors = useQuery(CONNECTORS, { skip: !open || !manager });
  const today = new Date().toISOString().slice(0, 10);
  const events = useQuery(EVENTS, { variables: { from: today }, skip: !open });
  const [ask, asking] = useMutation(BULK_TURNOUT_ASK);
  const [invite, inviting] = useMutation(BULK_INVITE);
  const [accountId, setAccountId] = useState('');
  const [eventId, setEventId] = useState('');
  const [limitHit, setLimitHit] = useState<string>('');
  const [failure, setFailure] = useState<unknown>(null);

  async function makeAsks(how: 'check' | 'leaveOut' | 'confirm') {
    setFailure(null);
    setLimitHit('');
    try {
      const res = await ask({
        variables: { input: { eventId, target, confirmOverLimit: how === 'confirm', leaveOutOverLimit: how === 'leaveOut' } },
      });
      onResult(res.data!.bulkTurnoutAsk, (r) =>
        r.skipped.length ? t('lists.leftOutAtAskLimit', { summary: r.summary, names: r.skipped.join(', ') }) : r.summary,
      );
    } catch (e) {
      if (how === 'check' && overLimit(e)) setLimitHit(errorMessage(e));
      else setFailure(e);
    }
  }

  async function inviteAll() {
    setFailure(null);
    setLimitHit('');
    try {
      const res = await invite({ variables: { input: { eventId, target } } });
      onResult(res.data!.bulkInviteToEvent, (r) => (r.unchanged ? t('people.summaryAlreadyInvited', { summary: r.summary, count: r.unchanged }) : r.summary));
    } catch (e) {
      setFailure(e);
    }
  }

  const activeConnectors = (connectors.data?.accounts ?? []).filter((a) => !a.disabled);
  return (
    <details className="bulk-more" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('people.connectorsInvitationsAndTurnoutAsks')}</summary>
      {manager && (
        <fieldset>
          <legend>{t('role.connector')}</legend>
          <div className="field">
            <label htmlFor="bulk-connector">{t('role.connector')}</label>
            <select id="bulk-connector" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
              <option value="">{t('people.chooseAConnector2')}</option>
              {activeConnectors.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('common.symbol59', { displayName: a.displayName, email: a.email })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button-secondary" disabled={busy || !accountId} onClick={() => assign('ASSIGN_CONNECTOR', accountId)}>
            {t('people.assignConnector')}
          </button>
          <button type="button" className="button-secondary" disabled={busy || !accountId} onClick={() => assign('UNASSIGN_CONNECTOR', accountId)}>
            {t('people.unassignConnector')}
          </button>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('events.event')}</legend>
        <div className="field">
          <label htmlFor="bulk-event">{t('events.event')}</label>
          <select
            id="bulk-event"
            value={eventId}
            onChange={(e) => {
              setEventId(e.target.value);
              setLimitHit('');
            }}
          >
            <option value="">{t('people.chooseAnEvent')}</option>
            {(events.data?.events ?? []).map((ev) => (
              <option key={ev.id} value={ev.id}>
                {t('common.symbol60', { name: ev.name, date: formatDate(ev.date) })}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button-secondary" disabled={inviting.loading || !eventId} onClick={() => void inviteAll()}>
          {t('people.invite', { count })}
        </button>
        <button type="button" className="button-secondary" disabled={asking.loading || !eventId} onClick={() => void makeAsks('check')}>
          {t('people.askToTurnOut', { count })}
        </button>
        {limitHit && (
          <div role="alert" className="alert alert-warning">
            <p>{limitHit}</p>
            <p>{t('people.nothingWasAskedYet')}</p>
            <button type="button" className="button-secondary" disabled={asking.loading} onClick={() => void makeAsks('leaveOut')}>
              {t('people.leaveThemOutAndAsk')}
            </button>
            <button type="button" className="button-quiet" disabled={asking.loading} onClick={() => void makeAsks('confirm')}>
              {t('people.askEveryoneAnyway')}
            </button>
          </div>
        )}
      </fieldset>
      {connectors.error && <Alert>{errorMessage(connectors.error)}</Alert>}
      {events.error && <Alert>{errorMessage(events.error)}</Alert>}
      {failure !== null && <Alert>{errorMessage(failure)}</Alert>}
    </details>
  );
}

export const EXPORT_PEOPLE_LIST = graphql(`
  mutation ExportPeopleList($target: BulkTargetInput!) {
    exportPeopleList(target: $target) {
      csv
      rows
    }
  }
`);

/**
 * Export of the chosen people or the whole list as CSV, offered only to accounts with the export permission
 * (admins always have it); the server refuses the others too, and logs every export.
 */
export function ExportListButton({ target, onFailure }: { target: BulkTargetInput; onFailure: (e: unknown) => void }) {
  const me = useMe();
  const [run, running] = useMutation(EXPORT_PEOPLE_LIST);
  const [file, setFile] = useState<{ href: string; rows: number } | null>(null);
  useEffect(() => () => (file ? URL.revokeObjectURL(file.href) : undefined), [file]);
  if (!me.canExport) return null;

  async function exportNow() {
    setFile(null);
    try {
      const res = await run({ variables: { target } });
      const out = res.data!.exportPeopleList;
      // The BOM makes spreadsheet programs read names with accents as UTF-8.
      setFile({ href: URL.createObjectURL(new Blob(['\uFEFF', out.csv], { type: 'text/csv' })), rows: out.rows });
    } catch (e) {
      onFailure(e);
    }
  }

  return (
    <>
      <button type="button" className="button-secondary" disabled={running.loading} onClick={() => void exportNow()}>
        {t('people.exportCsv')}
      </button>
      {file && (
        <a className="button button-secondary" href={file.href} download="people-list.csv">
          {t('people.downloadCsv', { rows: file.rows })}
        </a>
      )}
    </>
  );
}
