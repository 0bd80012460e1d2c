import { sayStored, storedMessageOf } from './said.js';
import { sayMessage, translate } from './translate.js';

describe('server-made text kept as a message (history, audit, bulk actions)', () => {
  it('stores the message an English summary is, with its values', () => {
    expect(JSON.parse(storedMessageOf('Changed name, zip'))).toEqual({ id: 'history.changedFields', values: { fields: 'name, zip' } });
    expect(JSON.parse(storedMessageOf('Merged Ana Ruiz into Ana Ruíz (people)'))).toEqual({
      id: 'history.mergedPeople',
      values: { merged: 'Ana Ruiz', kept: 'Ana Ruíz' },
    });
    expect(storedMessageOf('Something no catalogue holds')).toBe('');
  });

  it('says a stored summary in Spanish, its field names and words too, and keeps English for English readers', () => {
    const changed = storedMessageOf('Changed name, zip, tags');
    expect(sayStored('es', changed, 'Changed name, zip, tags')).toBe('Cambios en nombre, código postal y etiquetas');
    expect(sayStored('en', changed, 'Changed name, zip, tags')).toBe('Changed name, zip, tags');
    const role = storedMessageOf('Role assigned: logistics coordinator');
    expect(sayStored('es', role, 'Role assigned: logistics coordinator')).toBe('Rol asignado: coordinador/a de logística');
  });

  it('writes a day inside a stored summary the reader’s way', () => {
    const logged = storedMessageOf('One-to-one on 2026-12-01 logged');
    expect(sayStored('es', logged, '')).toBe('Se registró: Uno a uno del 1 dic 2026');
  });

  it('says a bulk action inside “Bulk: …” and “Undid: …”, counts and tags kept', () => {
    const bulk = 'Bulk: Added tag youth (3 people)';
    expect(sayStored('es', storedMessageOf(bulk), bulk)).toBe('En lote: Etiqueta youth agregada (3 personas)');
    const undo = 'Undid: Asked 1 person to turn out';
    expect(sayStored('es', storedMessageOf(undo), undo)).toBe('Se deshizo: Se pidió a 1 persona que asista');
  });

  it('reads rows written before messages were kept (no message): their English words said in Spanish, else as stored', () => {
    expect(sayStored('es', null, 'Tie removed')).toBe('Vínculo eliminado');
    expect(sayStored('es', '', 'A summary from an older version')).toBe('A summary from an older version');
    expect(sayStored('es', '{broken', 'Created')).toBe('Registro creado');
  });

  it('says the audit log’s account roles, “all regions”, what was exported and its row count in Spanish', () => {
    const created = 'Account created for Ana Ruiz: staff, all regions';
    expect(sayStored('es', storedMessageOf(created), created)).toBe('Cuenta creada para Ana Ruiz: personal, todas las regiones');
    const changed = 'Ana Ruiz: role changed from leader to admin';
    expect(sayStored('es', storedMessageOf(changed), changed)).toBe('Ana Ruiz: el rol cambió de líder a administración');
    const exported = 'Exported 30,100 people (a list) as CSV';
    expect(sayStored('es', storedMessageOf(exported), exported)).toBe('Se exportaron 30.100 personas (de una lista guardada) como CSV');
    expect(sayStored('en', storedMessageOf(exported), exported)).toBe(exported);
  });

  it('writes numbers the code wrote the English way (“1,201”, “3.5”) the reader’s way, and leaves zip codes and years alone', () => {
    const tie = 'Tie set: strength 3.5, school';
    expect(sayStored('es', storedMessageOf(tie), tie)).toBe('Vínculo registrado: fuerza 3,5, school');
    expect(translate('es', '60999 is not a US zip code we know.')).toBe('60999 no es un código postal de EE. UU. que conozcamos.');
  });

  it('falls back to the stored words when the stored message id is no longer in the catalogue', () => {
    expect(sayStored('es', JSON.stringify({ id: 'history.gone', values: {} }), 'Deleted')).toBe('Registro eliminado');
  });
});

describe('server-made text said at read time', () => {
  it('says a history entry about records outside the reader’s regions in Spanish, naming none of them', () => {
    const outside = ['an organization outside your regions', 'someone outside your regions'].join(', ');
    expect(sayMessage('es', 'history.withOutsideStrength', { what: 'Tie set', outside, strength: '4.0' })).toBe(
      'Vínculo registrado con una organización fuera de tus regiones y alguien fuera de tus regiones: fuerza 4,0',
    );
    expect(sayMessage('es', 'history.withOutside', { what: 'Affiliation removed', outside: 'someone outside your regions' })).toBe(
      'Afiliación eliminada con alguien fuera de tus regiones',
    );
  });

  it('says duplicate reasons, gate labels and power map reasons in Spanish', () => {
    expect(translate('es', 'Similar name in the same zip code')).toBe('Nombre parecido en el mismo código postal');
    expect(translate('es', 'Approved by the regional strategy team')).toBe('Aprobada por el equipo regional de estrategia');
    expect(translate('es', 'Knows the target (tie strength 4)')).toBe('Conoce al objetivo (fuerza del vínculo 4)');
    expect(translate('es', 'Only Ana Ruiz is point of contact: no backup')).toBe('Solo Ana Ruiz es persona de contacto: sin respaldo');
    expect(translate('es', 'Builds and maintains meaningful community partnerships.')).toBe('Construye y mantiene alianzas comunitarias significativas.');
    expect(translate('es', 'Mobilizing and Power Building')).toBe('Movilización y construcción de poder');
  });
});
