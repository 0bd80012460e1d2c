import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogues, formatDay, t, type MessageId, type MessageValues } from './i18n.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

/**
 * Errors and import problems are written in English where they arise (services, DTOs, import rows), as
 * gettext does: the English text is the message's source. The English catalogue holds each of those texts under
 * an id, with `{placeholders}` where the code inserts a value; here a text is matched back to its id and values,
 * and said again in the viewer's language. test/i18n/code-messages.ts finds every such text in the code, and a
 * spec fails when one is not in the catalogue, so a new message cannot stay English unnoticed.
 */
interface Pattern {
  readonly id: MessageId;
  readonly regex: RegExp;
  readonly names: readonly string[];
  /** More literal text: a more specific pattern ("That team was not found…" before "{what} was not found…"). */
  readonly literal: number;
  /** The first two characters every text of it starts with; null when it starts with a value. */
  readonly start: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plain text and simple `{value}` arguments only: plurals and selects are said through t() by id. */
function patternOf(id: MessageId, text: string): Pattern | null {
  let elements: MessageFormatElement[];
  try {
    elements = parse(text);
  } catch {
    return null;
  }
  let source = '^';
  let literal = 0;
  const names: string[] = [];
  for (const e of elements) {
    if (e.type === TYPE.literal) {
      source += escape(e.value);
      literal += e.value.length;
    } else if (e.type === TYPE.argument || e.type === TYPE.number) {
      source += '([\\s\\S]+?)';
      names.push(e.value);
    } else {
      return null;
    }
  }
  const first = elements[0];
  const start = first?.type === TYPE.literal && first.value.length >= 2 ? first.value.slice(0, 2) : null;
  return literal ? { id, regex: new RegExp(`${source}$`), names, literal, start } : null;
}

/** Patterns by the first two characters of their text (those starting with a value, or one character and a value, go in every search). */
let index: { byStart: Map<string, Pattern[]>; open: Pattern[] } | null = null;

function patterns() {
  if (index) return index;
  const byStart = new Map<string, Pattern[]>();
  const open: Pattern[] = [];
  for (const [id, text] of Object.entries(catalogues[DEFAULT_LOCALE]) as Array<[MessageId, string]>) {
    const p = patternOf(id, text);
    if (!p) continue;
    if (p.start === null) open.push(p);
    else byStart.set(p.start, [...(byStart.get(p.start) ?? []), p]);
  }
  for (const list of [...byStart.values(), open]) list.sort((a, b) => b.literal - a.literal);
  index = { byStart, open };
  return index;
}

/** The catalogue message an English text is, with the values the code put in; null when it is none of them. */
export function match(text: string): { id: MessageId; values: Record<string, string> } | null {
  const { byStart, open } = patterns();
  for (const p of [...(byStart.get(text.slice(0, 2)) ?? []), ...open]) {
    const m = p.regex.exec(text);
    if (!m) continue;
    const values: Record<string, string> = {};
    p.names.forEach((name, i) => (values[name] = m[i + 1]));
    return { id: p.id, values };
  }
  return null;
}

const listFormats = new Map<Locale, Intl.ListFormat>();
function listIn(locale: Locale, items: string[]): string {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return f.format(items);
}

/** A calendar day stored as a value ("Logged on 2026-12-01"): written the language's way. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z“"])/;

/**
 * A number the code wrote the English way into a text ("1,201" rows, strength "3.5"): written the language's way
 * ("1201", "3,5"). Plain digits (a zip code, a year) are left as they are.
 */
const ENGLISH_NUMBER = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$/;
function sayNumber(locale: Locale, value: string): string | null {
  if (!ENGLISH_NUMBER.test(value)) return null;
  const decimals = value.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(value.replace(/,/g, '')));
}

function translateIn(locale: Locale, text: string, depth: number): string {
  const number = depth > 0 ? sayNumber(locale, text) : null;
  if (number !== null) return number;
  const found = match(text);
  if (found) {
    // A value can itself be one of our messages (the campaign gate's missing conditions): said in the language too.
    const values: MessageValues = {};
    for (const [name, value] of Object.entries(found.values)) values[name] = depth < 2 ? translateIn(locale, value, depth + 1) : value;
    return t(locale, found.id, values);
  }
  // Several messages joined into one (problems of several fields): each sentence on its own.
  const sentences = depth < 3 ? text.split(SENTENCE_BREAK) : [text];
  if (sentences.length > 1) return sentences.map((s) => translateIn(locale, s, depth + 1)).join(' ');
  // A value that lists words of the catalogue ("name, zip" in "Changed {fields}"): each word said, listed the language's way.
  const items = depth > 0 ? text.split(', ') : [];
  if (items.length < 2 || !items.every((item) => match(item))) return text;
  const said = items.map((item) => translateIn(locale, item, depth + 1));
  return listIn(locale, said);
}

/** The English text said in `locale`; unchanged when it is English, or not one of the catalogue's messages. */
export function translate(locale: Locale, text: string): string {
  return locale === DEFAULT_LOCALE || !text ? text : translateIn(locale, text, 0);
}

/** A message by id in `locale`, its string values said in that language too when they are catalogue words (a role, a field). */
export function sayMessage(locale: Locale, id: MessageId, values: Record<string, string | number> = {}): string {
  if (locale === DEFAULT_LOCALE) return t(locale, id, values);
  const said: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    said[name] = typeof value !== 'string' ? value : DAY.test(value) ? formatDay(locale, value) : translateIn(locale, value, 1);
  }
  return t(locale, id, said);
}

/** Whether the text is one of the catalogue's messages (for tests and the catalogue's spec). */
export function isCatalogued(text: string): boolean {
  return match(text) !== null;
}
