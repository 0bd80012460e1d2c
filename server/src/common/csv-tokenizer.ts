/**
 * The CSV tokenizer under both streaming readers: `readCsv` (a user's file: strict, empty fields are '') and
 * `eachCsvRow` (the engine's own COPY TO output: lenient, an empty unquoted field is null). Text is fed a
 * chunk at a time (`eat`, then `end`), chunks may cut a row, a field, a "" pair or a CRLF anywhere; each row
 * goes to `onRow` as soon as its line break is read, numbered from 1 (every row counts, blank ones too).
 *
 * Dialect: RFC 4180 quoting ("" inside quotes, line breaks inside quotes), LF or CRLF line ends (a CR just
 * before a line break is dropped). Strict (with `reject`): a quote inside an unquoted field, a character after
 * a closing quote or a quote never closed throw what `reject` makes of the problem. Lenient (without): those
 * characters are kept as they are, except a CR at the start of a field or after a closing quote, which is
 * dropped; a quote never closed ends its field at the end of the text.
 *
 * Speed: this loop reads files of 10M rows, so it does per-character work in one function on local variables
 * (no call per character or per field; one call per row), and the options only matter off the hot paths.
 */

const QUOTE = 34;
const NL = 10;
const CR = 13;
const START = 0;
const PLAIN = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

export interface CsvTokenizerOptions<Empty extends string | null> {
  /** The delimiter's character code, e.g. 44 for a comma. */
  delimiter: number;
  /** What an empty unquoted field gives ('' or null). A quoted empty field ("") is always ''. */
  emptyUnquoted: Empty;
  /** Strict when given: makes the error thrown for a text that is not CSV (`problem` names it and its row). */
  reject?: (problem: string) => Error;
}

export class CsvTokenizer<Empty extends string | null = ''> {
  private readonly delimiter: number;
  private readonly empty: Empty;
  private readonly reject: ((problem: string) => Error) | null;
  private state = START;
  private field = '';
  private fields: Array<string | Empty> = [];
  private count = 0;

  constructor(
    options: CsvTokenizerOptions<Empty>,
    /** Each row's fields (a new array each time, the caller's to keep) and its number, from 1. */
    private readonly onRow: (fields: Array<string | Empty>, row: number) => void,
  ) {
    this.delimiter = options.delimiter;
    this.empty = options.emptyUnquoted;
    this.reject = options.reject ?? null;
  }

  /** Rows ended so far. */
  get rows(): number {
    return this.count;
  }

  /** Reads the next piece of text. */
  eat(text: string): void {
    const d = this.delimiter;
    const empty = this.empty;
    let state = this.state;
    let field = this.field;
    let fields = this.fields;
    let seg = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      switch (state) {
        case START: // field is '' here
          if (c === QUOTE) {
            state = QUOTED;
            seg = i + 1;
          } else if (c === d) {
            fields.push(empty);
          } else if (c === NL) {
            fields.push(empty);
            this.onRow(fields, ++this.count);
            fields = [];
          } else if (c !== CR || this.reject !== null) {
            state = PLAIN;
            seg = i;
          }
          break;
        case PLAIN:
          if (c === d || c === NL) {
            field += text.slice(seg, i);
            state = START;
            if (c === NL && field.charCodeAt(field.length - 1) === CR) field = field.slice(0, -1);
            fields.push(field === '' ? empty : field);
            field = '';
            if (c === NL) {
              this.onRow(fields, ++this.count);
              fields = [];
            }
          } else if (c === QUOTE && this.reject !== null) {
            throw this.reject(`a quote inside an unquoted field on row ${this.count + 1}`);
          }
          break;
        case QUOTED:
          if (c === QUOTE) {
            field += text.slice(seg, i);
            state = QUOTE_SEEN;
          }
          break;
        default: // QUOTE_SEEN
          if (c === QUOTE) {
            field += '"';
            state = QUOTED;
            seg = i + 1;
          } else if (c === d || c === NL) {
            state = START;
            fields.push(field);
            field = '';
            if (c === NL) {
              this.onRow(fields, ++this.count);
              fields = [];
            }
          } else if (c === CR && (this.reject === null || i + 1 >= n || text.charCodeAt(i + 1) === NL)) {
            // CRLF after a closing quote (lenient: any CR there is dropped)
          } else if (this.reject === null) {
            // A stray character after a closing quote: kept.
            state = PLAIN;
            seg = i;
          } else {
            throw this.reject(`a character after a closing quote on row ${this.count + 1}`);
          }
      }
    }
    if (state === PLAIN || state === QUOTED) field += text.slice(seg);
    this.state = state;
    this.field = field;
    this.fields = fields;
  }

  /** Ends the text: the last row, if it has no line break, goes out now. */
  end(): void {
    const state = this.state;
    if (state === QUOTED && this.reject !== null) throw this.reject(`a quote opened on or after row ${this.count + 1} is never closed`);
    if (state !== START || this.fields.length > 0 || this.field !== '') {
      const field = this.field;
      this.fields.push(field === '' && (state === START || state === PLAIN) ? this.empty : field);
      const fields = this.fields;
      this.field = '';
      this.fields = [];
      this.state = START;
      this.onRow(fields, ++this.count);
    }
  }
}
