import { badInput } from '../../common/app-error.js';

export const IMPORT_KINDS = ['people', 'organizations', 'ties', 'interactions', 'attendance'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Fields a column can go to, per kind. '' (or a missing header) means the column is not imported. */
export const IMPORT_FIELDS = {
  people: ['name', 'firstName', 'lastName', 'emails', 'phones', 'zip', 'addressLine', 'city', 'state', 'region', 'kinds', 'tags', 'notes'],
  organizations: ['name', 'type', 'issueAreas', 'ledBy', 'zip', 'addressLine', 'city', 'state', 'region', 'website', 'notes'],
  /** Each end by email, record id, or name + zip (kinds/ties.ts); region narrows name + zip matching. */
  ties: ['personEmail', 'personId', 'personName', 'personZip', 'otherEmail', 'otherId', 'otherName', 'otherZip', 'strength', 'context', 'since', 'lastContact', 'region'],
  /** Participants and host: a record id, an email, or a name (with its zip code: "Ana Ruiz 60614"). */
  interactions: ['date', 'kind', 'participants', 'host', 'organizations', 'notes', 'followUp', 'followUpDue'],
  /** The event by id, or by name and date; the person by id, email, or name (with zip). */
  attendance: ['eventId', 'eventName', 'eventDate', 'person', 'rsvp', 'attended', 'broughtBy'],
} as const satisfies Record<ImportKind, readonly string[]>;

export type ImportField = (typeof IMPORT_FIELDS)[ImportKind][number];
/** Column header → field. */
export type ImportMapping = Record<string, string>;

/** Header words that suggest a field (compared lower-cased, without spaces, dashes or underscores). */
const SYNONYMS: Record<ImportKind, Record<string, readonly string[]>> = {
  people: {
    name: ['name', 'fullname', 'person', 'contact', 'contactname', 'displayname'],
    firstName: ['firstname', 'first', 'givenname', 'forename'],
    lastName: ['lastname', 'last', 'surname', 'familyname'],
    emails: ['email', 'emails', 'emailaddress', 'emailaddresses', 'email1', 'email2', 'mail', 'email2address'],
    phones: ['phone', 'phones', 'phonenumber', 'phonenumbers', 'mobile', 'cell', 'cellphone', 'telephone', 'tel', 'phone1', 'phone2', 'homephone', 'workphone'],
    zip: ['zip', 'zipcode', 'postalcode', 'postcode', 'zip5'],
    addressLine: ['address', 'addressline', 'address1', 'addressline1', 'street', 'streetaddress', 'mailingaddress'],
    city: ['city', 'town', 'municipality'],
    state: ['state', 'province', 'st'],
    region: ['region', 'regionid', 'regionname', 'chapter'],
    kinds: ['kind', 'kinds', 'type', 'types', 'role', 'roles'],
    tags: ['tag', 'tags', 'labels', 'groups'],
    notes: ['note', 'notes', 'comment', 'comments', 'description'],
  },
  organizations: {
    name: ['name', 'organization', 'organisation', 'organizationname', 'orgname', 'org', 'group', 'groupname'],
    type: ['type', 'kind', 'organizationtype', 'orgtype', 'category'],
    issueAreas: ['issue', 'issues', 'issuearea', 'issueareas', 'focus', 'focusareas'],
    ledBy: ['ledby', 'led', 'leadership'],
    zip: ['zip', 'zipcode', 'postalcode', 'postcode'],
    addressLine: ['address', 'addressline', 'address1', 'addressline1', 'street', 'streetaddress', 'mailingaddress'],
    city: ['city', 'town', 'municipality'],
    state: ['state', 'province', 'st'],
    region: ['region', 'regionid', 'regionname', 'chapter'],
    website: ['website', 'web', 'url', 'site', 'homepage'],
    notes: ['note', 'notes', 'comment', 'comments', 'description'],
  },
  ties: {
    personEmail: ['email', 'email1', 'emaila', 'fromemail', 'personemail', 'sourceemail'],
    personId: ['id', 'id1', 'ida', 'fromid', 'personid', 'sourceid'],
    personName: ['name', 'name1', 'namea', 'from', 'fromname', 'person', 'personname', 'source', 'sourcename'],
    personZip: ['zip', 'zip1', 'zipa', 'fromzip', 'personzip', 'sourcezip'],
    otherEmail: ['email2', 'emailb', 'toemail', 'otheremail', 'targetemail', 'knowsemail'],
    otherId: ['id2', 'idb', 'toid', 'otherid', 'otherpersonid', 'targetid', 'knowsid'],
    otherName: ['name2', 'nameb', 'to', 'toname', 'other', 'othername', 'target', 'targetname', 'knows'],
    otherZip: ['zip2', 'zipb', 'tozip', 'otherzip', 'targetzip', 'knowszip'],
    strength: ['strength', 'tiestrength', 'closeness', 'weight'],
    context: ['context', 'how', 'howtheyknow', 'relationship', 'note', 'notes'],
    since: ['since', 'knownsince', 'start', 'startdate', 'knownfrom'],
    lastContact: ['lastcontact', 'lastcontacted', 'lastcontactdate', 'lastseen', 'lastinteraction'],
    region: ['region', 'regionid', 'regionname', 'chapter'],
  },
  interactions: {
    date: ['date', 'meetingdate', 'day', 'when', 'heldon'],
    kind: ['kind', 'type', 'meetingtype', 'meetingkind', 'interactiontype'],
    participants: ['participants', 'participant', 'attendees', 'people', 'with', 'met', 'whomet', 'person', 'email', 'emails', 'participantemails'],
    host: ['host', 'hostedby', 'connector', 'organizer', 'heldby', 'hostemail'],
    organizations: ['organization', 'organizations', 'org', 'spokefor', 'group'],
    notes: ['note', 'notes', 'comment', 'comments', 'summary'],
    followUp: ['followup', 'nextstep', 'todo'],
    followUpDue: ['followupdue', 'due', 'duedate', 'followupdate'],
  },
  attendance: {
    eventId: ['eventid'],
    eventName: ['event', 'eventname', 'eventtitle'],
    eventDate: ['eventdate', 'date'],
    person: ['person', 'name', 'email', 'attendee', 'personid', 'member', 'contact'],
    rsvp: ['rsvp', 'response', 'rsvpstatus'],
    attended: ['attended', 'present', 'came', 'checkedin', 'attendance'],
    broughtBy: ['broughtby', 'bringer', 'invitedby', 'recruitedby', 'referredby'],
  },
};

const norm = (h: string) => h.toLowerCase().replace(/[\s_\-./()#]+/g, '');

/** A column mapped to a custom field: `custom:<key>` (the header an export writes, too). */
export const CUSTOM_FIELD_PREFIX = 'custom:';

/** The custom fields a people or organizations file can fill in (custom-fields module), by key and label. */
export interface CustomFieldTarget {
  key: string;
  label: string;
}

/** The field each header suggests, from its name (a custom field by `custom:<key>`, its key or its label); unknown headers map to ''. */
export function suggestMapping(kind: ImportKind, headers: readonly string[], custom: readonly CustomFieldTarget[] = []): ImportMapping {
  const out: ImportMapping = {};
  for (const h of headers) {
    const n = norm(h);
    const own = custom.find((f) => h.trim() === `${CUSTOM_FIELD_PREFIX}${f.key}` || n === norm(f.key) || n === norm(f.label));
    if (own) {
      out[h] = `${CUSTOM_FIELD_PREFIX}${own.key}`;
      continue;
    }
    const hit = Object.entries(SYNONYMS[kind]).find(([, words]) => words.includes(n))
      ?? Object.entries(SYNONYMS[kind]).find(([field]) => n.includes(field.toLowerCase()) || (field === 'emails' && n.includes('email')) || (field === 'phones' && n.includes('phone')));
    out[h] = hit ? hit[0] : '';
  }
  return out;
}

export function parseKind(value: string): ImportKind {
  if (!(IMPORT_KINDS as readonly string[]).includes(value)) throw badInput('kind', `Import ${IMPORT_KINDS.join(', ')}, not ${value}.`);
  return value as ImportKind;
}

/**
 * A mapping from user input (JSON): only known headers and known fields (`custom:<key>` for one of `customKeys`);
 * a name (or first/last name) is required.
 */
export function checkMapping(kind: ImportKind, headers: readonly string[], raw: unknown, customKeys: readonly string[] = []): ImportMapping {
  if (raw === undefined || raw === null || raw === '') return suggestMapping(kind, headers);
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw badInput('mapping', 'The mapping is not valid JSON: give an object from column header to field.');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badInput('mapping', 'Give the mapping as an object from column header to field.');
  const fields = IMPORT_FIELDS[kind] as readonly string[];
  const out: ImportMapping = {};
  for (const h of headers) out[h] = '';
  for (const [header, field] of Object.entries(value as Record<string, unknown>)) {
    if (!headers.includes(header)) throw badInput('mapping', `The file has no column named “${header}”.`);
    const custom = typeof field === 'string' && field.startsWith(CUSTOM_FIELD_PREFIX) && customKeys.includes(field.slice(CUSTOM_FIELD_PREFIX.length));
    if (typeof field !== 'string' || (field !== '' && !fields.includes(field) && !custom)) {
      const extra = customKeys.length ? `, or a custom field: ${customKeys.map((k) => `${CUSTOM_FIELD_PREFIX}${k}`).join(', ')}` : '';
      throw badInput('mapping', `Column “${header}”: ${String(field)} is not a field of ${kind}. Choose one of: ${fields.join(', ')}${extra}.`);
    }
    out[header] = field;
  }
  const used = Object.values(out);
  if (kind === 'ties') return checkTieMapping(used, out);
  const missing = missingField(kind, used);
  if (missing) throw badInput('mapping', missing);
  return out;
}

/** What a mapping must have, per kind, said as the fix; null when it has it. */
function missingField(kind: ImportKind, used: readonly string[]): string | null {
  const has = (f: string) => used.includes(f);
  switch (kind) {
    case 'people': return has('name') || has('firstName') || has('lastName') ? null : 'Map a column to name (or to first and last name).';
    case 'organizations': return has('name') ? null : 'Map a column to name.';
    case 'ties': return null; // checked by checkTieMapping (both ends)
    case 'interactions': return !has('date') ? 'Map a column to date.' : !has('participants') ? 'Map a column to participants (who took part).' : null;
    case 'attendance':
      if (!has('eventId') && !(has('eventName') && has('eventDate'))) return 'Map a column to event id, or columns to event name and event date.';
      return has('person') ? null : 'Map a column to person.';
  }
}

/** Splits a list cell on ; or , (and new lines). */
export const splitList = (cell: string) => cell.split(/[;,\n]/).map((s) => s.trim()).filter(Boolean);

/** A phone list is split on ; and new lines only: commas are not used inside numbers, but keep "555, ext" whole. */
export const splitPhones = (cell: string) => cell.split(/[;\n]|,(?=\s*\+?\(?\d)/).map((s) => s.trim()).filter(Boolean);

/** "Member", "member", "POC-led", "queer- and trans-led" → the enum value, or the text unchanged (then validation names it). */
export function enumValue(text: string, values: readonly string[]): string {
  const key = text.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
  const aliases: Record<string, string> = { QUEER_AND_TRANS_LED: 'QUEER_TRANS_LED', AFFILIATE: 'AFFILIATE_GROUP', POC: 'POC_LED', IMMIGRANT: 'IMMIGRANT_LED' };
  const v = aliases[key] ?? key;
  return values.includes(v) ? v : text.trim();
}

/** The cells of one row gathered per field: list fields concatenated across columns, text fields joined. */
export function gather(mapping: ImportMapping, headers: readonly string[], cells: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  headers.forEach((h, i) => {
    const field = mapping[h];
    if (!field) return;
    const cell = (cells[i] ?? '').trim();
    if (cell === '') return;
    const list = out.get(field) ?? [];
    list.push(cell);
    out.set(field, list);
  });
  return out;
}

/** A ties file names both ends: a column for each end's email, record id or name (name + zip where mapped). */
function checkTieMapping(used: string[], out: ImportMapping): ImportMapping {
  for (const end of ['person', 'other'] as const) {
    if (!['Email', 'Id', 'Name'].some((f) => used.includes(`${end}${f}`))) {
      throw badInput('mapping', `Map a column to ${end}Email, ${end}Id or ${end}Name: each row names the ${end === 'person' ? 'first' : 'second'} person of the tie.`);
    }
  }
  return out;
}
