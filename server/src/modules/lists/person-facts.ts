import type { GraphTx } from '../../graph/graph-store.port.js';
import { PersonFactQueries } from './person-facts.queries.js';

/** People per statement: a meeting correction names a handful, an import batch or a merge a few thousand. */
const PART = 5000;

/**
 * Brings the list facts kept on these people (last contact, turnout ask times) up to date, inside the caller's
 * transaction: every write that adds, moves or removes a meeting participation or a turnout ask calls it with the
 * people it touched (before and after), so a list read after the commit sees them right.
 */
export async function keepListFacts(
  tx: GraphTx,
  personIds: Iterable<string>,
  which: { meetings?: boolean; asks?: boolean } = { meetings: true, asks: true },
): Promise<void> {
  const ids = [...new Set(personIds)].filter(Boolean);
  for (let i = 0; i < ids.length; i += PART) {
    const part = ids.slice(i, i + PART);
    if (which.meetings) await tx.run(PersonFactQueries.lastContact, { ids: part });
    if (which.asks) await tx.run(PersonFactQueries.asks, { ids: part });
  }
}

/** Before an event is deleted with its asks: the people whose ask times it will change. */
export async function askedFor(tx: GraphTx, eventId: string): Promise<string[]> {
  return (await tx.run(PersonFactQueries.askedFor, { eventId })).map((r) => r.id);
}

/** Schema migration 3: the facts of every person, computed once for data written before they were kept. */
export async function backfillListFacts(tx: GraphTx): Promise<void> {
  await tx.run(PersonFactQueries.allLastContacts, {});
  await tx.run(PersonFactQueries.allAskDates, {});
}
