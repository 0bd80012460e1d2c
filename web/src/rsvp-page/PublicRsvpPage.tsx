import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Loading } from '../components/Alert';
import { TextField } from '../components/Field';
import { formatDate } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { loadRsvpPage, RsvpPageError, sendRsvp, type PublicEvent, type RsvpFormValues } from './api';
import { t } from '../i18n/intl';

const EMPTY: RsvpFormValues = { name: '', email: '', phone: '', zip: '', invitedBy: '', website: '' };

/** The page a visitor opens from a shared link: the event's name, date and place, a short form, then a confirmation. No sign-in. */
export function PublicRsvpPage({ token }: { token: string }) {
  const [event, setEvent] = useState<PublicEvent | null>(null);
  const [loadError, setLoadError] = useState<RsvpPageError | null>(null);
  const [form, setForm] = useState<RsvpFormValues>(EMPTY);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<RsvpPageError | null>(null);
  const [confirmed, setConfirmed] = useState<PublicEvent | null>(null);
  useTitle(event ? `RSVP: ${event.name}` : 'RSVP');

  useEffect(() => {
    let live = true;
    loadRsvpPage(token).then(
      (e) => live && setEvent(e),
      (e: unknown) => live && setLoadError(e instanceof RsvpPageError ? e : new RsvpPageError(t('rsvp-page.somethingWentWrong'), 0)),
    );
    return () => {
      live = false;
    };
  }, [token]);

  const set = (field: keyof RsvpFormValues) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSending(true);
    try {
      setConfirmed(await sendRsvp(token, form));
    } catch (err) {
      setError(err instanceof RsvpPageError ? err : new RsvpPageError(t('error.unknown'), 0));
    } finally {
      setSending(false);
    }
  }

  if (loadError) {
    return (
      <main className="public-rsvp">
        <h1>{t('events.rsvp')}</h1>
        <Alert>{loadError.message}</Alert>
      </main>
    );
  }
  if (!event) return <Loading label={t('rsvp-page.openingTheRsvpPage')} />;

  const when = (
    <p className="public-rsvp-when">
      {formatDate(event.date)}
      {event.location && <>{' '}{t('common.symbol58', { location: event.location })}</>}
      {event.zip && <> {event.zip}</>}
    </p>
  );

  if (confirmed) {
    return (
      <main className="public-rsvp">
        <h1>{t('rsvp-page.youReOnTheList')}</h1>
        <p role="status">
          {t('rsvp-page.thankYouYourRsvpFor', { form: form.name.trim() })}{' '}<strong>{confirmed.name}</strong>{' '}{t('rsvp-page.isSaved')}
        </p>
        {when}
      </main>
    );
  }

  const fields = error?.fields ?? {};
  return (
    <main className="public-rsvp">
      <h1>{event.name}</h1>
      {when}
      {event.past ? (
        <Alert>{t('rsvp-page.thisEventHasAlreadyHappened')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('events.rsvp')}>
          {error && <Alert>{error.message}</Alert>}
          <TextField id="rsvp-name" label={t('rsvp-page.yourName')} required autoComplete="name" value={form.name} onChange={set('name')} error={fields.name} />
          <TextField id="rsvp-email" label={t('signIn.email')} type="email" autoComplete="email" value={form.email} onChange={set('email')} error={fields.email} hint={t('rsvp-page.anEmailOrAPhone')} />
          <TextField id="rsvp-phone" label={t('people.phone')} type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} error={fields.phone} />
          <TextField id="rsvp-zip" label={t('events.zipCode')} required inputMode="numeric" autoComplete="postal-code" value={form.zip} onChange={set('zip')} error={fields.zip} />
          <TextField id="rsvp-invited-by" label={t('rsvp-page.whoInvitedYou')} value={form.invitedBy} onChange={set('invitedBy')} error={fields.invitedBy} hint={t('rsvp-page.theirNameEmailOrInvitation')} />
          {/* People never see or fill this; bots that fill every field are answered kindly and ignored. */}
          <div className="hp" aria-hidden="true">
            <label htmlFor="rsvp-website">{t('dedupe.website')}</label>
            <input id="rsvp-website" name="website" tabIndex={-1} autoComplete="off" value={form.website} onChange={(e) => set('website')(e.target.value)} />
          </div>
          <button type="submit" className="button-primary button-block" disabled={sending}>
            {sending ? t('rsvp-page.sending') : t('events.rsvp')}
          </button>
        </form>
      )}
    </main>
  );
}
