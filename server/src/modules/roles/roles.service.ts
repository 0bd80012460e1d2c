import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, forbidden, notFound } from '../../common/app-error.js';
import { now, todayUtc as today } from '../../common/clock.js';
import { DATE_PATTERN } from '../../common/input.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { PeopleService } from '../people/people.service.js';
import { CAMPAIGN_ROLES, ROLES_BY_TARGET, RoleKind, type AssignRoleInput, type RoleAssignment, type RoleBoard, type RoleRemovalPayload, type RoleTarget } from './role.model.js';
import { RolesRepository, type RoleRow } from './roles.repository.js';

const ROLE_WORDS: Record<RoleKind, string> = {
  CONNECTOR: 'connector', GATHERER: 'gatherer', FACILITATOR: 'facilitator', LOGISTICS_COORDINATOR: 'logistics coordinator',
  CO_CHAIR: 'co-chair', POINT_OF_CONTACT: 'point of contact',
};


/** Role assignments on campaigns, teams and organizations, and the campaign role board. */
@Injectable()
export class RolesService {
  constructor(
    private readonly repo: RolesRepository,
    private readonly people: PeopleService,
    private readonly campaigns: CampaignsService,
  ) {}

  async assign(viewer: Viewer, input: AssignRoleInput): Promise<RoleAssignment> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins assign roles.');
    const targets = ([['Campaign', input.campaignId], ['Team', input.teamId], ['Organization', input.organizationId]] as const).filter(([, id]) => !!id);
    if (targets.length !== 1) throw badInput('campaignId', 'Choose where the role is held: one campaign, team or organization.');
    const [target, targetId] = targets[0] as [RoleTarget, string];
    if (!(ROLES_BY_TARGET[target] as readonly RoleKind[]).includes(input.role)) {
      const [role, choices] = [ROLE_WORDS[input.role], ROLES_BY_TARGET[target].map((r) => ROLE_WORDS[r]).join(', ')];
      // One sentence per kind of record, so the record's kind is said in the reader's language with the rest.
      throw badInput(
        'role',
        target === 'Team'
          ? `A ${role} is not a role on a team. Choose ${choices}.`
          : target === 'Organization'
            ? `A ${role} is not a role on an organization. Choose ${choices}.`
            : `A ${role} is not a role on a campaign. Choose ${choices}.`,
      );
    }
    if (input.startDate && input.endDate && input.endDate < input.startDate) throw badInput('endDate', 'The end date comes before the start date.');
    if (input.forOrganizationId) {
      if (target !== 'Campaign' || input.role !== RoleKind.CONNECTOR) throw badInput('forOrganizationId', 'Only a campaign’s connector is assigned to a partner organization.');
      const partners = await this.campaigns.partners(viewer, targetId);
      if (!partners.some((p) => p.id === input.forOrganizationId)) throw badInput('forOrganizationId', 'Choose one of the campaign’s partner organizations.');
    }
    // An organization has one point of contact: the one before hands over the day before the new one starts.
    const handOver = target === 'Organization' && input.role === RoleKind.POINT_OF_CONTACT
      ? (await this.on(viewer, 'Organization', targetId)).filter((r) => r.active && r.role === RoleKind.POINT_OF_CONTACT && r.person.id !== input.personId)
      : [];
    const at = now();
    const row = await this.repo.assign(regionScope(viewer), target, targetId, {
      id: randomUUID(), personId: input.personId, role: input.role, forOrganizationId: input.forOrganizationId ?? null,
      startDate: input.startDate ?? null, endDate: input.endDate ?? null, viewerId: viewer.accountId,
    }, {
      accountId: viewer.accountId, entityType: 'role', entityId: `${input.personId}|${targetId}`, action: 'assigned',
      summary: `Role assigned: ${ROLE_WORDS[input.role]}`, about: { Person: [input.personId], [target]: [targetId] },
    }, at);
    if (!row) throw new AppError('NOT_FOUND', 'That person or that campaign, team or organization was not found, or you do not have access to it.');
    const dayBefore = new Date(Date.parse(`${input.startDate ?? today()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const previous of handOver) await this.end(viewer, previous.id, previous.startDate && previous.startDate > dayBefore ? previous.startDate : dayBefore);
    return this.toAssignment(viewer, row);
  }

  async end(viewer: Viewer, id: string, endDate: string): Promise<RoleAssignment> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins change roles.');
    if (!DATE_PATTERN.test(endDate)) throw badInput('endDate', 'Enter a date as YYYY-MM-DD, like 2024-03-15.');
    const current = await this.repo.byId(regionScope(viewer), id);
    if (!current) throw notFound('That role');
    if (current.role.startDate && endDate < current.role.startDate) throw badInput('endDate', 'The end date comes before the start date.');
    await this.repo.end(regionScope(viewer), id, endDate, {
      accountId: viewer.accountId, entityType: 'role', entityId: id, action: 'updated', summary: `Role ended: ${ROLE_WORDS[current.role.role]}`,
      details: [{ field: 'endDate', from: current.role.endDate, to: endDate }], about: { Person: [current.person.id], [current.targetType]: [current.targetId] },
    });
    return this.toAssignment(viewer, { ...current, role: { ...current.role, endDate } });
  }

  async remove(viewer: Viewer, id: string): Promise<RoleRemovalPayload> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins change roles.');
    const current = await this.repo.byId(regionScope(viewer), id);
    if (!current) throw notFound('That role');
    await this.repo.remove(regionScope(viewer), id, {
      accountId: viewer.accountId, entityType: 'role', entityId: id, action: 'unassigned', summary: `Role removed: ${ROLE_WORDS[current.role.role]}`,
      about: { Person: [current.person.id], [current.targetType]: [current.targetId] },
    });
    return { removedId: id, targetType: current.targetType, targetId: current.targetId };
  }

  async on(viewer: Viewer, target: RoleTarget, id: string): Promise<RoleAssignment[]> {
    return (await this.repo.on(regionScope(viewer), target, id)).map((r) => this.toAssignment(viewer, r));
  }

  async ofPerson(viewer: Viewer, personId: string): Promise<RoleAssignment[]> {
    return (await this.repo.ofPerson(regionScope(viewer), personId)).map((r) => this.toAssignment(viewer, r));
  }

  /** Who holds each campaign role now, which roles nobody holds, and which partners have no connector. */
  async board(viewer: Viewer, campaignId: string): Promise<RoleBoard> {
    const [assignments, partners] = await Promise.all([this.on(viewer, 'Campaign', campaignId), this.campaigns.partners(viewer, campaignId)]);
    const active = assignments.filter((a) => a.active);
    const slots = CAMPAIGN_ROLES.map((role) => {
      const holders = active.filter((a) => a.role === role);
      return { role, holders, hasBackup: holders.length >= 2 };
    });
    const connected = new Set(active.filter((a) => a.role === RoleKind.CONNECTOR && a.forOrganizationId).map((a) => a.forOrganizationId));
    const partnersWithoutConnector = partners.filter((p) => !connected.has(p.id));
    const gaps = [
      ...slots.filter((s) => s.holders.length === 0).map((s) => `No ${ROLE_WORDS[s.role]}`),
      ...partnersWithoutConnector.map((p) => `${p.name} has no connector`),
    ];
    return { slots, partnersWithoutConnector, gaps };
  }

  private toAssignment(viewer: Viewer, r: RoleRow): RoleAssignment {
    const d = today();
    return {
      id: r.role.id, role: r.role.role, person: this.people.toPerson(viewer, r.person), targetId: r.targetId, targetType: r.targetType,
      targetName: r.targetName, startDate: r.role.startDate ?? null, endDate: r.role.endDate ?? null,
      active: (!r.role.startDate || r.role.startDate <= d) && (!r.role.endDate || r.role.endDate >= d),
      forOrganizationId: r.role.organizationId ?? null,
    };
  }
}
