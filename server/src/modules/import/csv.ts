import { parse } from 'csv-parse/sync';
import { badInput } from '../../common/app-error.js';

export interface ParsedCsv {
  headers: string[];
  /** Data rows, each as long as `headers` (short rows are padded with ''); `line` is the row's number as a spreadsheet shows it (the header is 1). */
  rows: Array<{ line: number; cells: string[] }>;
}

/**
 * Parses a CSV text: quoted fields, embedded newlines, CRLF or LF, a UTF-8 byte-order mark, and a comma,
 * semicolon or tab as the delimiter (whichever the header line uses most). The first line names the columns.
 */
export function parseCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: false, bom: true }) as string[][];
  } catch (e) {
    const message = `The file is not valid CSV: ${e instanceof Error ? e.message.replace(/^Invalid /, 'invalid ') : String(e)}`;
    throw badInput('file', message);
  }
  if (!records.length) throw badInput('file', 'The file is empty: the first line should name the columns.');
  const headers = records[0].map((h) => h.trim());
  if (headers.every((h) => h === '')) throw badInput('file', 'The first line should name the columns.');
  const rows: ParsedCsv['rows'] = [];
  for (let i = 1; i < records.length; i++) {
    const r = records[i];
    if (!r.some((c) => c.trim() !== '')) continue;
    rows.push({ line: i + 1, cells: r.length >= headers.length ? r.slice(0, headers.length) : [...r, ...Array<string>(headers.length - r.length).fill('')] });
  }
  return { headers, rows };
}
