import { PERSON_COLUMNS, PERSON_STREET_COLUMNS } from './bulk.queries.js';
import { copySafe, personOfLine, recordLine, recordOfLine, stagedCells, type Rec } from './staged-lines.js';

describe('staging lines read back', () => {
  it('personOfLine gives what the tokenizer gives for id, name, region and kinds, quotes and empty cells included', () => {
    const lines = [
      '"id-1","Ana ""Nana"" Ruiz","ana ""nana"" ruiz\u0001id-1","s","c","[a@x.org]",,"60614","r1","[MEMBER,LEADER]",,"notes, with comma",,1,"acct","t","t","job"',
      '"id-2",,"k","s","c",,,,"r2",,,,,1,"acct","t","t","job"',
      '"id-3","","k","s","c","[]","[]","","r,3","[]","[]","","[]",1,"acct","t","t",',
    ];
    for (const line of lines) {
      const cells = stagedCells(line);
      const kinds = cells[9];
      expect(personOfLine(line)).toEqual({ id: cells[0], name: cells[1], region: cells[8], kinds: kinds == null ? null : kinds.slice(1, -1).split(',').filter(Boolean) });
    }
    expect(personOfLine(lines[0])).toEqual({ id: 'id-1', name: 'Ana "Nana" Ruiz', region: 'r1', kinds: ['MEMBER', 'LEADER'] });
    expect(personOfLine(lines[1])).toEqual({ id: 'id-2', name: null, region: 'r2', kinds: null });
    expect(personOfLine(lines[2])).toMatchObject({ name: '', region: 'r,3', kinds: [] });
  });

  const person: Rec = {
    id: 'id-9', name: 'Ana Ruiz', sortKey: 'ruiz ana', searchPublic: 's', searchContact: 'c', emails: ['ana@example.org'], phones: [],
    zip: '60614', region: 'r1', kinds: ['MEMBER'], tags: [], notes: 'Says "hi", often', assignees: [],
  };

  it('a line of a file with street or custom columns carries them after the others, and gives them back', () => {
    const record: Rec = {
      ...person, addressLine: '12 Main St, Apt "B"', city: 'Chicago', state: null,
      customFields: JSON.stringify({ bio: 'Tenant leader, "Pilsen" \\ back', dues: 1250 }), customFieldTerms: ['dues=1250', 'shirt=m'],
    };
    const line = recordLine('people', record, 'now', 'acct', 'job', true);
    expect(stagedCells(line)).toHaveLength(PERSON_STREET_COLUMNS.length);
    expect(recordOfLine('people', line)).toMatchObject({
      addressLine: '12 Main St, Apt "B"', city: 'Chicago', state: null, customFields: record.customFields, customFieldTerms: ['dues=1250', 'shirt=m'],
      name: 'Ana Ruiz', notes: 'Says "hi", often', emails: ['ana@example.org'],
    });
    expect(personOfLine(line)).toEqual({ id: 'id-9', name: 'Ana Ruiz', region: 'r1', kinds: ['MEMBER'] });
    // No custom values: an empty list, as the batched writes store it.
    expect(recordOfLine('people', recordLine('people', { ...person, customFields: null }, 'now', 'acct', 'job', true)).customFieldTerms).toEqual([]);
  });

  it('a file without those columns stages the lines it did before, without them', () => {
    const line = recordLine('people', { ...person, addressLine: 'ignored' }, 'now', 'acct', 'job');
    expect(stagedCells(line)).toHaveLength(PERSON_COLUMNS.length);
    expect(recordOfLine('people', line)).not.toHaveProperty('addressLine');
  });

  it('a custom value whose search term the engine list syntax cannot carry leaves the record to the batched writes', () => {
    expect(copySafe('people', { ...person, customFieldTerms: ['bio=tenant leader, pilsen'] })).toBe(false);
    expect(copySafe('people', { ...person, customFieldTerms: ['dues=12.5'] })).toBe(true);
  });
});
