import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import { sayStored } from '../../src/i18n/said.js';
import { localizeReport } from '../../src/i18n/localized-json.js';
import { FieldDefinitionInput, FieldEntity, FieldType } from '../../src/modules/custom-fields/custom-field.model.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { describeEachEngine } from './engines.js';
import { admin, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

/** Every history entry about a person, or of an import job, as stored: the English words and the message beside them. */
const changesAbout = cypher<{ id: string }, { summary: string; summaryMessage: string | null }>('test.importSpanish.changesAbout', 'read',
  `MATCH (c:Change)-[:ABOUT]->(p:Person {id: $id}) RETURN c.summary AS summary, c.summaryMessage AS summaryMessage ORDER BY c.at, c.summary`);
const jobEntry = cypher<{ id: string }, { summary: string; summaryMessage: string | null }>('test.importSpanish.jobEntry', 'read',
  `MATCH (c:Change {entityType: 'import', entityId: $id}) RETURN c.summary AS summary, c.summaryMessage AS summaryMessage`);
const inSpanish = (rows: Array<{ summary: string; summaryMessage: string | null }>) => rows.map((r) => sayStored('es', r.summaryMessage, r.summary));

/** What an import writes for a person to read (row problems, history, the roll-back), in Spanish. */
describeEachEngine('import messages in Spanish', (store) => {
  let s: Services;
  let rowsPath: ImportService;
  let bulkPath: ImportService;
  beforeAll(() => {
    s = services(store());
    rowsPath = new ImportService(store(), s.regions);
    rowsPath.bulkThreshold = 1e9;
    bulkPath = new ImportService(store(), s.regions);
    bulkPath.bulkThreshold = 0;
  });

  it('row problems, history entries (stored as messages) and the roll-back, on both paths', async () => {
    const dues = await s.customFields.define(admin(), plainToInstance(FieldDefinitionInput, {
      entity: FieldEntity.PERSON, key: `dues_${randomUUID().slice(0, 6)}`, label: 'Cuota', type: FieldType.NUMBER,
    }));
    for (const [path, tag] of [[rowsPath, 'rows'], [bulkPath, 'bulk']] as const) {
      const [r1] = await twoRegions(s);
      const leader = viewer(Role.LEADER, [r1]);
      const kept = await s.people.create(leader, personInput(r1, { name: 'Rosa Peña', emails: [`rosa.${tag}@example.org`], zip: '60601' }));
      const file = [
        'Nombre,Correo,Zip,Cuota',
        `Ana Ruiz,ana.${tag}@example.org,60614,12`,
        `Rosa Peña,rosa.${tag}@example.org,60615,`,
        `Mal Número,mal.${tag}@example.org,60616,doce`,
        `Sin Correo,no-es-correo,60617,`,
      ].join('\n');
      const mapping = JSON.stringify({ Nombre: 'name', Correo: 'emails', Zip: 'zip', Cuota: `custom:${dues.key}` });
      const job = await (await path.start(leader, file, { kind: 'people', dryRun: false, mapping, defaultRegion: r1, fileName: 'gente.csv' })).done;
      expect(job).toMatchObject({ status: 'done', created: 1, updated: 1, skipped: 2 });
      // The job as the JSON route answers a Spanish reader.
      expect(localizeReport(job.problems, 'es').map((r) => [r.line, r.problems])).toEqual([
        [4, [{ field: `customFields.${dues.key}`, message: 'Cuota debe ser un número, como 12 o 3.5 (no “doce”).' }]],
        [5, [{ field: 'emails', message: 'Escribe un correo electrónico válido, como nombre@ejemplo.org.' }]],
      ]);

      const ana = (await s.people.list(leader, peopleArgs({ search: 'ana ruiz', regionId: r1 }))).nodes[0];
      const history = await store().read(changesAbout, { id: kept.id });
      // Stored with its message (not only English words matched when read).
      expect(history.every((c) => !!c.summaryMessage)).toBe(true);
      expect(inSpanish(history)).toEqual(['Registro creado', 'La importación cambió código postal']);
      if (tag === 'rows') {
        expect(inSpanish(await store().read(changesAbout, { id: ana.id }))).toEqual(['Importado']);
      } else {
        // A bulk job writes one entry for what it created, its counts written the reader's way.
        expect(inSpanish(await store().read(jobEntry, { id: job.id }))).toEqual([`Importado de upload: personas — creados: 1, actualizados: 1 (importación ${job.id.slice(0, 8)})`]);
      }

      const rolled = await path.rollback(leader, job.id);
      expect(rolled.rollback).toEqual({ removed: 1, restored: 1, kept: [] });
      const after = await store().read(changesAbout, { id: kept.id });
      expect(after.every((c) => !!c.summaryMessage)).toBe(true);
      expect(inSpanish(after).at(-1)).toBe('Importación revertida: como antes de la importación');
    }
  });

  it('meetings and ties imported: their history entries in Spanish', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const tag = randomUUID().slice(0, 6);
    const host = await s.people.create(leader, personInput(r1, { name: 'Host Persona', emails: [`host.${tag}@example.org`] }));
    const guest = await s.people.create(leader, personInput(r1, { name: 'Guest Persona', emails: [`guest.${tag}@example.org`], kinds: [PersonKind.ALLY] }));
    const meetings = await (await rowsPath.start(leader, `Date,Kind,Host,Participants\n2026-01-15,house meeting,host.${tag}@example.org,guest.${tag}@example.org\n`, {
      kind: 'interactions', dryRun: false, mapping: JSON.stringify({ Date: 'date', Kind: 'kind', Host: 'host', Participants: 'participants' }),
    })).done;
    expect(meetings).toMatchObject({ status: 'done', created: 1 });
    const guestHistory = await store().read(changesAbout, { id: guest.id });
    expect(guestHistory.every((c) => !!c.summaryMessage)).toBe(true);
    expect(inSpanish(guestHistory)).toEqual(expect.arrayContaining(['Se importó: Reunión en casa del 15 ene 2026', 'Se hizo miembro al asistir a: reunión en casa (importado)']));

    const ties = await (await bulkPath.start(leader, `A,B,Strength\nhost.${tag}@example.org,guest.${tag}@example.org,4\n`, {
      kind: 'ties', dryRun: false, mapping: JSON.stringify({ A: 'personEmail', B: 'otherEmail', Strength: 'strength' }),
    })).done;
    expect(ties).toMatchObject({ status: 'done', updated: 1 });
    const hostHistory = inSpanish(await store().read(changesAbout, { id: host.id }));
    expect(hostHistory).toEqual(expect.arrayContaining([expect.stringMatching(/^La importación cambió el vínculo: /)]));
  });

  it('history rows written before messages were kept still read in Spanish', () => {
    expect(sayStored('es', null, 'Imported')).toBe('Importado');
    expect(sayStored('es', '', 'Import changed zip')).toBe('La importación cambió código postal');
    expect(sayStored('es', null, 'Import rolled back: as before the import')).toBe('Importación revertida: como antes de la importación');
  });
});
