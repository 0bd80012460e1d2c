/**
 * The server's message catalogues (src/i18n/{en,es}.json): the same ids in both, the same placeholders, valid ICU;
 * every text the code gives a person in an error or an import report is in the English one (so it has a Spanish
 * one), and each is said back in Spanish by the translator, with its values in place.
 */
import { resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogues, t, type MessageId } from '../../src/i18n/i18n.js';
import { translate } from '../../src/i18n/translate.js';
import { codeMessages } from './code-messages.js';

const { en, es } = catalogues;

function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) placeholders(option.value, into);
    }
    if (e.type === TYPE.tag) placeholders(e.children, into);
  }
  return into;
}

describe('server message catalogues', () => {
  it('have the same message ids in English and Spanish', () => {
    expect(Object.keys(es).filter((id) => !(id in en))).toEqual([]);
    expect(Object.keys(en).filter((id) => !(id in es))).toEqual([]);
  });

  it('are valid ICU messages with the same placeholders in both languages', () => {
    const differing: string[] = [];
    for (const id of Object.keys(en)) {
      const [ours, theirs] = [placeholders(parse(en[id])), placeholders(parse(es[id]))];
      if ([...ours].sort().join() !== [...theirs].sort().join()) differing.push(`${id}: {${[...ours].join('}, {')}} / {${[...theirs].join('}, {')}}`);
    }
    expect(differing).toEqual([]);
  });

  it('hold every error and import-report text the code gives a person', () => {
    // Placeholders match whatever their names: the code's names come from its expressions.
    const shape = (text: string) => text.replace(/\{[A-Za-z0-9]+\}/g, '{}');
    const known = new Set(Object.values(en).map(shape));
    const missing = codeMessages(resolve(import.meta.dirname, '../../src'))
      .filter((m) => !m.file.startsWith('config/') && !known.has(shape(m.text)))
      .map((m) => `${m.file}:${m.line} ${m.text}`);
    // Add each to src/i18n/en.json and es.json (the English text exactly as the code writes it, `${x}` as {x}).
    expect(missing).toEqual([]);
  });

  it('find their way back from English: each message, its values filled in, comes out as its Spanish text', () => {
    const wrong: string[] = [];
    for (const [id, text] of Object.entries(en) as Array<[MessageId, string]>) {
      const elements = parse(text);
      if (elements.some((e) => e.type !== TYPE.literal && e.type !== TYPE.argument)) continue;
      const values = Object.fromEntries([...placeholders(elements)].map((name, i) => [name, `Valor${i + 1}`]));
      const english = t('en', id, values);
      if (translate('es', english) !== t('es', id, values)) wrong.push(`${id}: ${translate('es', english)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('translate', () => {
  it('says a not-found error in Spanish, and leaves English as it is', () => {
    expect(translate('es', 'That team was not found, or you do not have access to it.')).toBe('No se encontró ese equipo, o no tienes acceso a él.');
    expect(translate('en', 'That team was not found, or you do not have access to it.')).toBe('That team was not found, or you do not have access to it.');
  });

  it('keeps the values the code put in, a person’s name or a zip code', () => {
    expect(translate('es', '60999 is not a US zip code we know.')).toBe('60999 no es un código postal de EE. UU. que conozcamos.');
    expect(translate('es', 'The merge of María Peña into Maria Pena has already been undone.')).toBe(
      'La fusión de María Peña en Maria Pena ya se ha deshecho.',
    );
  });

  it('says the campaign gate’s missing conditions, inserted into the message, in Spanish too', () => {
    expect(translate('es', 'This campaign cannot mobilize members yet. It has no action proposal. The regional strategy team has not approved it.')).toBe(
      'Esta campaña todavía no puede movilizar a los miembros. No tiene propuesta de acción. El equipo regional de estrategia no lo ha aprobado.',
    );
  });

  it('says problems of several fields joined into one message sentence by sentence', () => {
    expect(translate('es', 'Enter a name. Choose a region.')).toBe('Escribe un nombre. Elige una región.');
  });

  it('says class-validator’s own messages (constraints declared without a message) in Spanish, the field name kept', () => {
    expect(translate('es', 'limit must not be greater than 50')).toBe('limit no puede ser mayor que 50');
    expect(translate('es', 'each value in personIds must be a string')).toBe('cada valor de personIds debe ser un texto');
  });

  it('says a role refused on a team, an organization or a campaign with the record’s kind in Spanish', () => {
    expect(translate('es', 'A gatherer is not a role on a team. Choose co-chair, connector.')).toBe(
      'Un equipo no tiene el rol de convocante. Elige copresidente/a y conector/a.',
    );
    expect(translate('es', 'A connector is not a role on an organization. Choose point of contact.')).toBe(
      'Una organización no tiene el rol de conector/a. Elige persona de contacto.',
    );
  });

  it('says a merge that cannot be undone without the graph’s name for the relationship', () => {
    expect(translate('es', 'A relationship of Ana Ruiz that the merge moved has changed since, so the merge cannot be undone.')).toBe(
      'Una relación de Ana Ruiz que la fusión movió ha cambiado desde entonces, así que la fusión no se puede deshacer.',
    );
  });

  it('leaves a text that is not one of its messages unchanged', () => {
    expect(translate('es', 'Variable "$id" of required type "ID!" was not provided.')).toBe('Variable "$id" of required type "ID!" was not provided.');
  });
});
