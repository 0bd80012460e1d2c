import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { PersonQueries } from '../people/people.queries.js';
import { RsvpPageQueries, type CandidateRow, type OpenEvent } from './rsvp-page.queries.js';

export type { OpenEvent };

export interface Candidate {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
}

export type NewPerson = Omit<PersonRecord, 'version' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** All Cypher of the public RSVP page. */
@Injectable()
export class RsvpPageRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async openEvent(token: string): Promise<OpenEvent | null> {
    const [row] = await this.store.read(RsvpPageQueries.openEvent, { token });
    if (!row) return null;
    return { ...row, location: row.location ?? null, zip: row.zip ?? null };
  }

  async settings(scope: Scope, id: string): Promise<{ token: string | null; on: boolean } | null> {
    const [row] = await this.store.read(RsvpPageQueries.settings, { ...scope, id });
    return row ? { token: row.token ?? null, on: row.pageOn === true } : null;
  }

  async setOpen(scope: Scope, id: string, on: boolean, token: string): Promise<{ token: string; on: boolean } | null> {
    const [row] = await this.store.write(RsvpPageQueries.setOpen, { ...scope, id, pageOn: on, token });
    return row ? { token: row.token, on: row.pageOn === true } : null;
  }

  async byContact(region: string, needle: string): Promise<Candidate[]> {
    return (await this.store.read(RsvpPageQueries.byContact, { region, needle })).map(candidate);
  }

  async inviterCandidates(region: string, text: string, namePrefix: string, email: string): Promise<Candidate[]> {
    return (await this.store.read(RsvpPageQueries.inviterCandidates, { region, text, namePrefix, email })).map(candidate);
  }

  /** The new person (if any), the RSVP and their history entries: all or nothing. */
  rsvp(eventId: string, personId: string, newPerson: NewPerson | null, invitedById: string | null, invitedByText: string | null, now: string, changes: ChangeEntry[]): Promise<void> {
    return this.store.transaction(async (tx) => {
      if (newPerson) await tx.run(PersonQueries.create, { ...newPerson, viewerId: RSVP_PAGE_AUTHOR, now });
      await tx.run(RsvpPageQueries.rsvp, { eventId, personId, invitedById, invitedByText, now });
      for (const c of changes) await recordChange(tx, c, now);
    });
  }
}

/** Who wrote what came in through a public RSVP page (createdBy, history), where otherwise an account id stands. */
export const RSVP_PAGE_AUTHOR = 'rsvp-page';

const candidate = (r: CandidateRow): Candidate => ({
  id: r.id,
  name: r.name,
  emails: r.emails ?? [],
  phones: r.phones ?? [],
});
