import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput } from './app-error.js';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' })
  @IsInt() @Min(1, { message: 'first must be at least 1' }) @Max(100, { message: 'first can be at most 100' })
  first = 25;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(2000)
  after?: string;
}

/** Cursors are opaque to clients: the base64url of the last row's sort key. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string {
  if (!cursor) return '';
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key.includes('\u0001')) throw badInput('after', 'That page cursor is not valid; start again from the first page.');
  return key;
}

/**
 * Between the parts of a record's search text (searchPublic, searchContact): a control character no one types,
 * so a search never matches across two parts, and not a line break, so the embedded engine's parallel CSV
 * reader takes a bulk import's records (a line break inside quotes makes COPY read on one thread). Records
 * saved before this used a line break, which works the same for CONTAINS.
 */
export const SEARCH_SEPARATOR = '\u001f';

/** A record's search text from its parts (folded by the caller with {@link searchFold} where it holds names). */
export const searchText = (parts: ReadonlyArray<string>): string => parts.join(SEARCH_SEPARATOR);

/**
 * Search texts and search terms are compared lower-cased and without accents, so María finds Maria and Maria finds
 * María (Peña / Pena). Letters that are not a base letter plus a mark (ß, ø, ł) stay as they are.
 */
export function searchFold(text: string): string {
  const lower = text.toLowerCase();
  // Nothing to fold in plain ASCII: the common case, and a million names at a bulk import.
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC') : lower;
}

/** Sorts by name, then id: unique, so a cursor never skips or repeats a row. */
export function sortKeyOf(name: string, id: string): string {
  // toLowerCase() gives what toLocaleLowerCase('en-US') gives (English has no language-specific case
  // mappings) and is about 100 times faster on mixed-case text, which counts when importing a million names.
  return `${name.trim().toLowerCase()}\u0001${id}`;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Rows were fetched with limit first+1: the extra row tells whether there is a next page. */
export function toPage<T>(rows: T[], first: number, totalCount: number, sortKey: (t: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const hasNextPage = rows.length > first;
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(sortKey(nodes[nodes.length - 1])) : null },
  };
}
