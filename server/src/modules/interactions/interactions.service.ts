import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, notFound } from '../../common/app-error.js';
import { latestTodayAnywhere, now, todayUtc as today } from '../../common/clock.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { ChangeEntry } from '../history/history.js';
import type { Organization } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { InteractionKind, type FollowUp, type FollowUpRecord, type Interaction, type InteractionRecord, type LogInteractionInput, type MonthlyProgress } from './interaction.model.js';
import { InteractionsRepository } from './interactions.repository.js';
import { contactPairs, KIND_WEIGHT } from './tie-strength.js';

/** Meetings that make their attendees members (seed 002). One-to-ones and research actions meet outsiders too, so they do not. */
export const MEMBERSHIP_KINDS = new Set([InteractionKind.HOUSE_MEETING, InteractionKind.TEAM_MEETING, InteractionKind.TRAINING, InteractionKind.REGIONAL_CALL]);
export const KIND_WORDS: Record<InteractionKind, string> = {
  ONE_TO_ONE: 'one-to-one', HOUSE_MEETING: 'house meeting', RESEARCH_ACTION: 'research action', TEAM_MEETING: 'team meeting', TRAINING: 'training', REGIONAL_CALL: 'regional call',
};


@Injectable()
export class InteractionsService {
  constructor(
    private readonly repo: InteractionsRepository,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsRepository,
  ) {}

  /** Each follow-up goes to an enabled account working in the meeting's region; the error names the row. */
  private async checkAssignees(viewer: Viewer, followUps: ReadonlyArray<{ assigneeId?: string | null }>, region: string): Promise<void> {
    const byId = new Map((await this.accounts.byIds([...new Set(followUps.map((f) => f.assigneeId ?? viewer.accountId))])).map((a) => [a.id, a]));
    const problems = followUps.flatMap((f, i) => {
      const a = byId.get(f.assigneeId ?? viewer.accountId);
      const field = `followUps.${i}.assigneeId`;
      if (!a || a.disabled) return [{ field, message: 'Choose someone whose account exists and is not disabled.' }];
      if (!a.allRegions && !a.regions.includes(region)) return [{ field, message: `${a.displayName} does not work in this meeting’s region; choose someone who does.` }];
      return [];
    });
    if (problems.length) throw new AppError('BAD_USER_INPUT', `Please correct ${problems.length === 1 ? 'who does a follow-up' : 'who does the follow-ups'}.`, problems);
  }

  async log(viewer: Viewer, input: LogInteractionInput): Promise<Interaction> {
    const date = input.date ?? today();
    if (date > latestTodayAnywhere()) throw badInput('date', 'The date is in the future: log a meeting once it has happened.');
    const [me] = await this.accounts.byIds([viewer.accountId]);
    const hostId = input.hostPersonId ?? me?.personId ?? null;
    const others = [...new Set(input.personIds)].filter((id) => id !== hostId);
    if (others.length === 0) throw badInput('personIds', 'Choose who you met.');
    const everyone = await this.people.requireAll(viewer, hostId ? [hostId, ...others] : others, 'personIds');
    const organizationIds = [...new Set(input.organizationIds ?? [])];
    for (const id of organizationIds) await this.organizations.get(viewer, id).catch(() => { throw badInput('organizationIds', 'One of the chosen organizations was not found in your regions.'); });
    const followUps = input.followUps ?? [];
    const host = everyone.find((p) => p.id === hostId) ?? null;
    const region = (host ?? everyone[0]).region;
    await this.checkAssignees(viewer, followUps, region);
    const id = randomUUID();
    const newMembers = MEMBERSHIP_KINDS.has(input.kind) ? this.people.newMembers(everyone) : [];
    const words = KIND_WORDS[input.kind];
    const changes: ChangeEntry[] = [
      { accountId: viewer.accountId, entityType: 'interaction', entityId: id, action: 'created', summary: `${words[0].toUpperCase()}${words.slice(1)} on ${date} logged`, about: { Interaction: [id], Person: everyone.map((p) => p.id) } },
      ...newMembers.map((m): ChangeEntry => ({
        accountId: viewer.accountId, entityType: 'person', entityId: m.id, action: 'updated', summary: `Became a member by attending a ${words}`,
        details: [{ field: 'kinds', from: null, to: 'MEMBER' }], about: { Person: [m.id] },
      })),
    ];
    const record = await this.repo.log({
      interaction: { id, kind: input.kind, date, notes: input.notes ?? null, region },
      participants: everyone.map((p) => ({ personId: p.id, host: p.id === hostId, forOrganizationId: null })),
      organizationIds,
      followUps: followUps.map((f) => ({ id: randomUUID(), text: f.text, dueDate: f.dueDate ?? null, assigneeId: f.assigneeId ?? viewer.accountId })),
      pairs: contactPairs(hostId, everyone.map((p) => p.id), KIND_WEIGHT[input.kind]),
      newMembers,
    }, viewer.accountId, now(), changes);
    return this.toInteraction(viewer, record);
  }

  async get(viewer: Viewer, id: string): Promise<Interaction> {
    const r = await this.repo.byId(regionScope(viewer), id);
    if (!r) throw notFound('That interaction');
    return this.toInteraction(viewer, r);
  }

  async ofPerson(viewer: Viewer, personId: string, limit = 50): Promise<Interaction[]> {
    const rows = await this.repo.ofPerson(regionScope(viewer), personId, limit);
    return Promise.all(rows.map((r) => this.toInteraction(viewer, r)));
  }

  async followUpsOf(viewer: Viewer, interactionId: string): Promise<FollowUp[]> {
    return this.toFollowUps(await this.repo.followUpsOf(interactionId));
  }

  async mine(viewer: Viewer, includeDone: boolean): Promise<FollowUp[]> {
    return this.toFollowUps(await this.repo.mine(viewer.accountId, includeDone));
  }

  async setDone(viewer: Viewer, id: string, done: boolean): Promise<FollowUp> {
    const r = await this.repo.setDone(id, viewer.accountId, canManageRecords(viewer), done, now());
    if (!r) throw notFound('That follow-up');
    return (await this.toFollowUps([r]))[0];
  }

  /** One-to-ones, house meetings and research actions held by the team's members, per month, for the last `months`. */
  async teamProgress(teamId: string, months: number): Promise<MonthlyProgress[]> {
    const start = new Date();
    start.setUTCDate(1);
    start.setUTCMonth(start.getUTCMonth() - (months - 1));
    const since = start.toISOString().slice(0, 10);
    const rows = await this.repo.teamProgress(teamId, since);
    const out: MonthlyProgress[] = [];
    for (let i = 0; i < months; i++) {
      const d = new Date(start);
      d.setUTCMonth(start.getUTCMonth() + i);
      const month = d.toISOString().slice(0, 7);
      const inMonth = rows.filter((r) => r.date.startsWith(month));
      out.push({
        month,
        oneToOnes: inMonth.filter((r) => r.kind === InteractionKind.ONE_TO_ONE).length,
        houseMeetings: inMonth.filter((r) => r.kind === InteractionKind.HOUSE_MEETING).length,
        researchActions: inMonth.filter((r) => r.kind === InteractionKind.RESEARCH_ACTION).length,
      });
    }
    return out;
  }

  private async toInteraction(viewer: Viewer, r: InteractionRecord): Promise<Interaction> {
    const scope = regionScope(viewer);
    const [people, orgs, [by]] = await Promise.all([this.repo.people(scope, r.id), this.repo.organizations(scope, r.id), this.accounts.byIds([r.createdBy])]);
    const host = people.find((p) => p.host);
    return {
      id: r.id, kind: r.kind, date: r.date, notes: r.notes ?? null, createdAt: r.createdAt, createdBy: r.createdBy, loggedByName: by?.displayName ?? null,
      host: host ? this.people.toPerson(viewer, host.person) : null,
      participants: people.filter((p) => !p.host).map((p) => this.people.toPerson(viewer, p.person)),
      organizations: orgs.map((o): Organization => this.organizations.toOrganization(viewer, o)),
    };
  }

  private async toFollowUps(rows: Array<FollowUpRecord & { interactionId: string | null }>): Promise<FollowUp[]> {
    const names = new Map((await this.accounts.byIds([...new Set(rows.map((r) => r.assigneeId))])).map((a) => [a.id, a.displayName]));
    const d = today();
    return rows.map((r) => ({
      id: r.id, text: r.text, dueDate: r.dueDate ?? null, done: !!r.done, doneAt: r.doneAt ?? null,
      overdue: !r.done && !!r.dueDate && r.dueDate < d, assigneeName: names.get(r.assigneeId) ?? null, assigneeId: r.assigneeId, interactionId: r.interactionId,
    }));
  }
}
