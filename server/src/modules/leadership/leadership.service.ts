import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, forbidden, notFound } from '../../common/app-error.js';
import { latestTodayAnywhere, now, todayUtc as today } from '../../common/clock.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { ChangeEntry } from '../history/history.js';
import type { Person } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import { COMPETENCIES, LEVEL_NAMES } from './competencies.js';
import type { AssessmentInput, CompetencyDefinition, CompetencyStanding, LeadershipAssessment, MentorInput, MentorLink } from './leadership.model.js';
import { LeadershipRepository } from './leadership.repository.js';

const labelOf = (theme: string) => COMPETENCIES.find((c) => c.theme === theme)?.label ?? theme;

/** Leadership development (seed 004): a level per competency theme with its assessment history, and mentors. */
@Injectable()
export class LeadershipService {
  constructor(
    private readonly repo: LeadershipRepository,
    private readonly people: PeopleService,
    private readonly accounts: AccountsRepository,
  ) {}

  definitions(): CompetencyDefinition[] {
    return COMPETENCIES.map((c) => ({ theme: c.theme, label: c.label, summary: c.summary, levels: c.levels.map((description, i) => ({ level: i + 1, name: LEVEL_NAMES[i], description })) }));
  }

  async assess(viewer: Viewer, input: AssessmentInput): Promise<LeadershipAssessment> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record leadership assessments.');
    const [person] = await this.people.requireAll(viewer, [input.personId], 'personId');
    const assessedOn = input.assessedOn ?? today();
    if (assessedOn > latestTodayAnywhere()) throw badInput('assessedOn', 'The date is in the future.');
    const id = randomUUID();
    const at = now();
    await this.repo.assess({ id, personId: person.id, theme: input.theme, level: input.level, assessedOn, notes: input.notes ?? null }, viewer.accountId, at, {
      accountId: viewer.accountId, entityType: 'person', entityId: person.id, action: 'updated',
      summary: `Assessed ${labelOf(input.theme)}: level ${input.level}, ${LEVEL_NAMES[input.level - 1]}`,
      details: [{ field: input.theme, from: null, to: String(input.level) }], about: { Person: [person.id] },
    });
    return (await this.assessments(viewer, person.id)).find((a) => a.id === id)!;
  }

  /** Every assessment of the person, newest first. The caller has already read the person within scope. */
  async assessments(viewer: Viewer, personId: string): Promise<LeadershipAssessment[]> {
    const rows = await this.repo.ofPerson(personId);
    const names = new Map((await this.accounts.byIds([...new Set(rows.map((r) => r.createdBy))])).map((a) => [a.id, a.displayName]));
    return rows.map((r) => ({
      id: r.id, personId, theme: r.theme, level: Number(r.level), levelName: LEVEL_NAMES[Number(r.level) - 1], assessedOn: r.assessedOn, notes: r.notes ?? null,
      assessedByName: names.get(r.createdBy) ?? null, createdAt: r.createdAt,
    }));
  }

  /** The latest level on each of the six themes (null where never assessed). */
  async standing(viewer: Viewer, personId: string): Promise<CompetencyStanding[]> {
    const all = await this.assessments(viewer, personId);
    return COMPETENCIES.map((c) => {
      const latest = all.find((a) => a.theme === c.theme);
      return { theme: c.theme, label: c.label, level: latest?.level ?? null, levelName: latest?.levelName ?? null, assessedOn: latest?.assessedOn ?? null, assessedByName: latest?.assessedByName ?? null };
    });
  }

  async setMentor(viewer: Viewer, input: MentorInput, add: boolean): Promise<Person> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record mentors.');
    if (input.mentorId === input.menteeId) throw badInput('mentorId', 'A person cannot mentor themselves.');
    const found = await this.people.requireAll(viewer, [input.mentorId, input.menteeId], 'mentorId');
    const mentor = found.find((p) => p.id === input.mentorId)!;
    const mentee = found.find((p) => p.id === input.menteeId)!;
    const at = now();
    const pair = { mentorId: mentor.id, menteeId: mentee.id };
    const change: ChangeEntry = {
      accountId: viewer.accountId, entityType: 'mentorship', entityId: `${mentor.id}|${mentee.id}`, action: 'updated',
      summary: add ? `${mentor.name} mentors ${mentee.name}` : `${mentor.name} no longer mentors ${mentee.name}`, about: { Person: [mentor.id, mentee.id] },
    };
    const ok = add ? await this.repo.mentor(pair, input.since ?? today(), viewer.accountId, at, change) : await this.repo.unmentor(pair, at, change);
    if (!ok && !add) throw notFound('That mentorship');
    return this.people.get(viewer, mentee.id);
  }

  async mentors(viewer: Viewer, personId: string): Promise<MentorLink[]> {
    return this.links(viewer, personId, 'mentors');
  }

  async mentees(viewer: Viewer, personId: string): Promise<MentorLink[]> {
    return this.links(viewer, personId, 'mentees');
  }

  private async links(viewer: Viewer, personId: string, direction: 'mentors' | 'mentees'): Promise<MentorLink[]> {
    return (await this.repo.links(regionScope(viewer), personId, direction)).map((l) => ({ person: this.people.toPerson(viewer, l.person), since: l.since }));
  }
}
