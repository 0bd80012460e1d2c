import { afterEach, describe, expect, it } from 'vitest';
import { intlFor, setCurrentIntl } from '../i18n/intl';
import { pickerDetails, type Pickable } from './RecordPicker';

const lucia = (id: string, createdAt: string): Pickable => ({ id, name: 'Lucia Flores', zip: '60614', createdAt, region: { id: 'r1', name: 'Great Lakes' } }) as Pickable;

describe('what tells two picker matches of one name apart', () => {
  afterEach(() => setCurrentIntl(intlFor('en')));

  it('says the day each record was added in the language on screen', () => {
    const twins = [lucia('p1', '2025-03-04T00:00:00Z'), lucia('p2', '2026-05-06T00:00:00Z')];
    setCurrentIntl(intlFor('es'));
    expect(pickerDetails(twins[0], twins)).toBe('Great Lakes · 60614 · ficha creada el 4 mar 2025');
    setCurrentIntl(intlFor('en'));
    expect(pickerDetails(twins[0], twins)).toBe('Great Lakes · 60614 · added Mar 4, 2025');
  });
});
