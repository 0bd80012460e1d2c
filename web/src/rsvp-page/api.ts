import { t } from '../i18n/intl';
/** The public RSVP page talks to /public/rsvp/<token> (plain JSON, no session): the only API a visitor reaches. */
export interface PublicEvent {
  name: string;
  date: string;
  location: string | null;
  zip: string | null;
  past: boolean;
}

export interface RsvpFormValues {
  name: string;
  email: string;
  phone: string;
  zip: string;
  invitedBy: string;
  /** The honeypot: hidden from people. */
  website: string;
}

export class RsvpPageError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function call(token: string, init?: RequestInit): Promise<PublicEvent> {
  let res: Response;
  try {
    res = await fetch(`/public/rsvp/${encodeURIComponent(token)}`, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch {
    throw new RsvpPageError(t('rsvp-page.couldNotReach'), 0);
  }
  const body = (await res.json().catch(() => null)) as { event?: PublicEvent; message?: string; fields?: Array<{ field: string; message: string }> } | null;
  if (res.ok && body?.event) return body.event;
  throw new RsvpPageError(
    body?.message ?? t('rsvp-page.tryAgainInMinutes'),
    res.status,
    Object.fromEntries((body?.fields ?? []).map((f) => [f.field, f.message])),
  );
}

export const loadRsvpPage = (token: string) => call(token);

export const sendRsvp = (token: string, form: RsvpFormValues) => {
  const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());
  const body = { name: form.name, email: blankToNull(form.email), phone: blankToNull(form.phone), zip: form.zip, invitedBy: blankToNull(form.invitedBy), ...(form.website ? { website: form.website } : {}) };
  return call(token, { method: 'POST', body: JSON.stringify(body) });
};
