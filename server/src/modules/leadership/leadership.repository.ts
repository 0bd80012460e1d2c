import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { LeadershipQueries as Q, type AssessmentRecord } from './leadership.queries.js';

type NewAssessment = Omit<AssessmentRecord, 'createdBy' | 'createdAt'> & { personId: string };
type Pair = { mentorId: string; menteeId: string };

/** All Cypher about leadership assessments and mentors. */
@Injectable()
export class LeadershipRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  assess(assessment: NewAssessment, viewerId: string, now: string, change: ChangeEntry): Promise<void> {
    return this.store.transaction(async (tx) => {
      await tx.run(Q.assess, { ...assessment, viewerId, now });
      await recordChange(tx, change, now);
    });
  }

  /** Every assessment of the person, newest first. */
  async ofPerson(personId: string): Promise<AssessmentRecord[]> {
    return (await this.store.read(Q.ofPerson, { personId })).map((r) => r.a);
  }

  /** Adds the mentorship (kept as it was when it exists); false when either person is gone. */
  mentor(pair: Pair, since: string, viewerId: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(Q.mentor, { ...pair, since, viewerId, now })).length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }

  /** False when there was no such mentorship. */
  unmentor(pair: Pair, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(Q.unmentor, pair)).length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }

  /** The person's mentors (or mentees) in scope, with since when. */
  async links(scope: Scope, personId: string, direction: 'mentors' | 'mentees'): Promise<Array<{ person: PersonRecord; since: string | null }>> {
    const rows = await this.store.read(direction === 'mentors' ? Q.mentorsOf : Q.menteesOf, { ...scope, personId });
    return rows.map((r) => ({ person: r.m, since: r.since ?? null }));
  }
}
