import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert } from '../components/Alert';
import { saveErrorMessage } from '../lib/errors';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

export const SET_EVENT_RSVP_PAGE = graphql(`
  mutation SetEventRsvpPage($id: ID!, $on: Boolean!) {
    setEventRsvpPage(id: $id, on: $on) {
      id
      rsvpPage {
        on
        token
      }
    }
  }
`);

interface EventWithPage {
  id: string;
  rsvpPage: { on: boolean; token: string | null };
}

/** The event's public RSVP page: its organizer turns it on and shares the link; anyone with it can RSVP without an account. */
export function RsvpPageCard({ event }: { event: EventWithPage }) {
  const me = useMe();
  const [setPage, { loading }] = useMutation(SET_EVENT_RSVP_PAGE);
  const [error, setError] = useState<unknown>(null);
  const { on, token } = event.rsvpPage;
  const link = token ? `${window.location.origin}/rsvp/${token}` : null;

  async function toggle(next: boolean) {
    setError(null);
    try {
      await setPage({ variables: { id: event.id, on: next } });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="card" aria-labelledby="rsvp-page-h">
      <h2 id="rsvp-page-h">{t('rsvp-page.publicRsvpPage')}</h2>
      {canManage(me) ? (
        <label className="checkbox">
          <input type="checkbox" checked={on} disabled={loading} onChange={(e) => void toggle(e.target.checked)} />
          {t('rsvp-page.anyoneWithTheLinkCan')}
        </label>
      ) : (
        <p>{on ? t('rsvp-page.openAnyoneWithTheLink') : t('rsvp-page.closed')}</p>
      )}
      {on && link && (
        <p className="small">
          {t('rsvp-page.shareThisLink')}{' '}<a href={link} className="rsvp-page-link" data-testid="rsvp-page-link">{link}</a>
          <br />
          <span className="muted">{t('rsvp-page.itShowsTheEventS')}</span>
        </p>
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </section>
  );
}
