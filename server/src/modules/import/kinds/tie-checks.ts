import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { FieldProblem } from '../../../common/app-error.js';
import { TieInput } from '../../ties/dto/tie.input.js';
import { compileChecker, type FastChecker } from '../fast-check.js';
import { Grow, type Strings } from './tie-tables.js';

/**
 * The tie form's rules (TieInput) for a ties import, remembered per value: each of TieInput's rules looks at
 * its own field only (IsInt, Min, Max, MaxLength, Matches), the ends are ids of people just matched (checked
 * once per person), and the same strengths, contexts and dates come back row after row. A row refused here
 * gets class-validator's own messages (tieProblems). tie-checks.spec.ts compares with class-validator.
 */

const DIGIT_0 = 48;

let checker: FastChecker | null = null;
const tieChecker = () => (checker ??= compileChecker(TieInput, { skipMissingProperties: true }));

/** A strength cell's value as the form would get it: a whole number when it is one, else the text (which the rules refuse). */
export function strengthValue(text: string): number | string {
  const c0 = text.length === 1 ? text.charCodeAt(0) - DIGIT_0 : -1;
  return c0 >= 0 && c0 <= 9 ? c0 : /^[+-]?\d+$/.test(text) ? Number(text) : text;
}

export type TieTextField = 'strength' | 'context' | 'since' | 'lastContact';

export class TieRules {
  private readonly check = tieChecker();
  private readonly dateRule = this.check.property('since');
  private readonly personIdRule = this.check.property('personId');
  private readonly otherIdRule = this.check.property('otherPersonId');
  /** Per person number: 0 not checked yet, 1 passes, 2 fails. */
  private readonly idOk: Int8Array;
  /** Per string number (strs): 0 not checked yet, 1 passes, 2 fails; one table per field. */
  private readonly verdicts = {
    strength: new Grow((n) => new Int8Array(n)),
    context: new Grow((n) => new Int8Array(n)),
    since: new Grow((n) => new Int8Array(n)),
    lastContact: new Grow((n) => new Int8Array(n)),
  };

  constructor(
    private readonly ids: readonly string[],
    private readonly strs: Strings,
  ) {
    this.idOk = new Int8Array(ids.length);
  }

  /** Whether both ends' record ids pass the form's rules. */
  endsOk(a: number, b: number): boolean {
    const { idOk, ids } = this;
    if (idOk[a] === 0) idOk[a] = this.personIdRule(ids[a]) && this.otherIdRule(ids[a]) ? 1 : 2;
    if (idOk[b] === 0) idOk[b] = this.personIdRule(ids[b]) && this.otherIdRule(ids[b]) ? 1 : 2;
    return idOk[a] === 1 && idOk[b] === 1;
  }

  /** Whether text number `s` (0: empty, always fine) passes the field's rules (last contact: the rule of since). */
  textOk(field: TieTextField, s: number): boolean {
    if (s === 0) return true;
    const v = this.verdicts[field];
    while (v.n <= s) v.push(0);
    if (v.a[s] === 0) {
      const text = this.strs.list[s];
      v.a[s] = (field === 'lastContact' ? this.dateRule(text) : this.check.check({ [field]: field === 'strength' ? strengthValue(text!) : text }).ok) ? 1 : 2;
    }
    return v.a[s] === 1;
  }
}

/** class-validator's own messages for a row the fast check refused. */
export async function tieProblems(input: Record<string, unknown>, badLastContact: string | null): Promise<FieldProblem[]> {
  const flat = (es: ValidationError[]): FieldProblem[] =>
    es.flatMap((e) => [...Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message })), ...flat(e.children ?? [])]);
  const problems = flat(await validate(plainToInstance(TieInput, input), { skipMissingProperties: true, forbidUnknownValues: false }));
  if (badLastContact !== null) {
    const since = flat(await validate(plainToInstance(TieInput, { since: badLastContact }), { skipMissingProperties: true, forbidUnknownValues: false }));
    for (const p of since) if (p.field === 'since') problems.push({ field: 'lastContact', message: p.message });
  }
  return problems;
}
