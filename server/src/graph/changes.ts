/** What the change feed (change-feed.ts) tells derived state after a commit. Types only. */

/** People a bulk write created or updated, with the fields derived state keeps (their ties unchanged). */
export interface BulkPerson {
  id: string;
  region: string | null;
  kinds: readonly string[] | null;
  name: string | null;
}

/** KNOWS ties a bulk write created (none was there before): ends are indexes into `ids`; strings are indexes into `strings` (0 = null). */
export interface BulkKnows {
  count: number;
  ids: readonly string[];
  a: Int32Array;
  b: Int32Array;
  strength: Int8Array;
  strings: ReadonlyArray<string | null>;
  context: Int32Array;
  since: Int32Array;
  lastContact: Int32Array;
  createdAt: string;
}

/** What a bulk write's transaction wrote, as the writer holds it in memory (so derived state need not read it back). */
export interface WrittenInBulk {
  people?: readonly BulkPerson[];
  knows?: BulkKnows;
  /** Organizations created or updated (derived state reads them again). */
  organizations?: readonly string[];
}

/** One committed write or transaction, as derived state hears of it. */
export interface Committed {
  people: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  teams: ReadonlySet<string>;
  /** A bulk query ran that the writer did not describe: any record may have changed. */
  many: boolean;
  /** What the writer described (bulk queries). */
  written: readonly WrittenInBulk[];
  /**
   * The write queries that ran, by name, those that declare no change too (a sign-in, a note, a campaign's partner):
   * derived state that reads more than people, organizations and teams tells from these whether it changed. Absent: unknown.
   */
  queries?: ReadonlySet<string>;
}

export type CommitListener = (c: Committed) => Promise<void> | void;
