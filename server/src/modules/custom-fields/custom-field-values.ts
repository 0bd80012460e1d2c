import type { FieldProblem } from '../../common/app-error.js';
import { DATE_PATTERN } from '../../common/input.js';
import { searchFold } from '../../common/pagination.js';
import { FieldType, type CustomFieldValue, type FieldDefinitionRecord } from './custom-field.model.js';

/** A stored value: text, number, date and one choice as one value; several choices as a list. */
export type StoredValue = string | number | string[];
export type StoredValues = Record<string, StoredValue>;

/** What a record stores: the values as JSON and the terms a list filters on. */
export interface CustomFieldColumns {
  customFields: string | null;
  customFieldTerms: string[];
}

export interface ValueInput {
  key: string;
  value?: string | null;
  values?: readonly string[] | null;
}

/** The definitions that apply to a record in this region: coalition-wide ones and the region's own. */
export function applicable(defs: readonly FieldDefinitionRecord[], region: string): FieldDefinitionRecord[] {
  return defs.filter((d) => !d.region || d.region === region);
}

export function parseStored(json: string | null | undefined): StoredValues {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as StoredValues) : {};
  } catch {
    return {};
  }
}

function isRealDate(s: string): boolean {
  if (!DATE_PATTERN.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const sameChoice = (choices: readonly string[], v: string) => choices.find((c) => c.toLowerCase() === v.trim().toLowerCase());

/** One value checked by its field's type: the stored form, or the problem in words naming the field. */
function checked(def: FieldDefinitionRecord, input: ValueInput): { value: StoredValue | null } | { problem: string } {
  if (def.type === FieldType.SEVERAL_CHOICES) {
    // A single value may list several choices with ; (as an export writes them); choices may hold commas.
    const given = [...(input.values ?? []), ...(input.value ? input.value.split(/[;\n]/) : [])].map((v) => v.trim()).filter(Boolean);
    const out: string[] = [];
    for (const v of given) {
      const c = sameChoice(def.choices, v);
      if (!c) return { problem: `${def.label}: “${v}” is not one of the choices (${def.choices.join(', ')}).` };
      if (!out.includes(c)) out.push(c);
    }
    return { value: out.length ? out : null };
  }
  if (input.values && input.values.length > 1) return { problem: `${def.label} takes one value, not a list.` };
  const text = (input.value ?? input.values?.[0] ?? '').trim();
  if (!text) return { value: null };
  switch (def.type) {
    case FieldType.TEXT:
      return { value: text };
    case FieldType.NUMBER: {
      const n = Number(text.replace(/,/g, ''));
      return Number.isFinite(n) && /\d/.test(text) ? { value: n } : { problem: `${def.label} must be a number, like 12 or 3.5 (not “${text}”).` };
    }
    case FieldType.DATE:
      return isRealDate(text) ? { value: text } : { problem: `${def.label} must be a date as YYYY-MM-DD, like 2026-03-31 (not “${text}”).` };
    case FieldType.ONE_CHOICE: {
      const c = sameChoice(def.choices, text);
      return c ? { value: c } : { problem: `${def.label}: “${text}” is not one of the choices (${def.choices.join(', ')}).` };
    }
  }
}

/**
 * The values after a save: each given key replaces that field's value (empty clears it); fields not given keep
 * theirs. Problems name the field as `customFields.<key>`.
 */
export function applyValues(
  defs: readonly FieldDefinitionRecord[],
  region: string,
  current: StoredValues,
  inputs: readonly ValueInput[],
): { values: StoredValues; problems: FieldProblem[] } {
  const byKey = new Map(applicable(defs, region).map((d) => [d.key, d]));
  const values: StoredValues = { ...current };
  const problems: FieldProblem[] = [];
  for (const input of inputs) {
    const def = byKey.get(input.key);
    if (!def) {
      problems.push({ field: `customFields.${input.key}`, message: `There is no custom field “${input.key}” for records in this region.` });
      continue;
    }
    const r = checked(def, input);
    if ('problem' in r) problems.push({ field: `customFields.${def.key}`, message: r.problem });
    else if (r.value === null) delete values[def.key];
    else values[def.key] = r.value;
  }
  return { values, problems };
}

/** A filter term: the key and the value folded as search folds text (any case, accents ignored). */
export const termOf = (key: string, value: string | number) => `${key}=${searchFold(String(value).trim())}`;

/** The columns a record stores; terms only for fields that apply in its region, so a filter never finds a stale value. */
export function columnsOf(defs: readonly FieldDefinitionRecord[], region: string, values: StoredValues): CustomFieldColumns {
  const keys = Object.keys(values);
  if (!keys.length) return { customFields: null, customFieldTerms: [] };
  const live = new Set(applicable(defs, region).map((d) => d.key));
  const terms = keys.filter((k) => live.has(k)).flatMap((k) => {
    const v = values[k];
    return Array.isArray(v) ? v.map((x) => termOf(k, x)) : [termOf(k, v)];
  });
  return { customFields: JSON.stringify(values), customFieldTerms: terms };
}

/** The term a filter looks for, with the value read as the field's type reads it (12.0 finds 12). */
export function filterTerm(def: FieldDefinitionRecord, value: string): string | FieldProblem {
  const r = checked(def, def.type === FieldType.SEVERAL_CHOICES ? { key: def.key, values: [value] } : { key: def.key, value });
  if ('problem' in r) return { field: `customFields.${def.key}`, message: r.problem };
  if (r.value === null) return { field: `customFields.${def.key}`, message: `Enter a value to filter ${def.label} by.` };
  return termOf(def.key, Array.isArray(r.value) ? r.value[0] : r.value);
}

/** Every applicable field of a record, with its value or none, in the admins' order. */
export function valuesOf(defs: readonly FieldDefinitionRecord[], region: string, json: string | null | undefined): CustomFieldValue[] {
  const stored = parseStored(json);
  return applicable(defs, region).map((d) => {
    const v = stored[d.key];
    return {
      key: d.key,
      label: d.label,
      type: d.type,
      value: v === undefined || Array.isArray(v) ? null : String(v),
      values: Array.isArray(v) ? v : [],
    };
  });
}
