import { personOfLine, stagedCells } from './staged-lines.js';

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
});
