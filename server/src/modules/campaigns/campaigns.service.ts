import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { sortKeyOf } from '../../common/pagination.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { diff } from '../history/history.js';
import { IssuesService } from '../issues/issues.service.js';
import type { Organization } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { TeamKind } from '../teams/team.model.js';
import { TeamsService } from '../teams/teams.service.js';
import { Campaign, CampaignStatus, type CampaignInput, type CampaignRow, type GateCondition, type MobilizationGate } from './campaign.model.js';
import { CampaignsRepository, type CampaignPlan } from './campaigns.repository.js';

const PLAN_FIELDS = ['name', 'theoryOfChange', 'actionProposal', 'issueId', 'targetPersonId', 'targetOrganizationId', 'proposingTeamId', 'region'] as const;
/** Changing any of these changes the plan the RST approved. */
const APPROVED_PLAN_FIELDS = new Set(['theoryOfChange', 'actionProposal', 'issueId', 'targetPersonId', 'targetOrganizationId']);

/**
 * Campaigns and the mobilization gate (seed 000): the member network is mobilized only for a campaign whose
 * issue an Issue Assembly prioritized, with an action proposal naming a specific target and a theory of
 * change, approved by the regional strategy team.
 */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly repo: CampaignsRepository,
    private readonly regions: RegionsService,
    private readonly issues: IssuesService,
    private readonly teams: TeamsService,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
  ) {}

  async create(viewer: Viewer, input: CampaignInput): Promise<Campaign> {
    const id = randomUUID();
    const plan = await this.plan(viewer, id, input, CampaignStatus.PROPOSED);
    await this.repo.save(regionScope(viewer), plan, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'campaign', entityId: id, action: 'created', summary: 'Proposed',
      details: diff(null, plan, PLAN_FIELDS), about: { Campaign: [id] },
    });
    return this.get(viewer, id);
  }

  async update(viewer: Viewer, id: string, version: number, input: CampaignInput): Promise<Campaign> {
    const current = await this.row(viewer, id);
    const details = diff(current, { ...current, ...(await this.plan(viewer, id, input, current.status)) }, PLAN_FIELDS);
    const planChanged = details.some((d) => APPROVED_PLAN_FIELDS.has(d.field));
    if (planChanged && current.status === CampaignStatus.MOBILIZING) {
      throw new AppError('FAILED_PRECONDITION', 'This campaign is mobilizing: its issue, target, theory of change and action proposal cannot change now. Close it, or move it back to proposed, first.');
    }
    // A changed plan is no longer the plan the RST approved: it goes back to them.
    const reapprove = planChanged && current.status === CampaignStatus.APPROVED;
    const plan = await this.plan(viewer, id, input, reapprove ? CampaignStatus.PROPOSED : current.status);
    const ok = await this.repo.save(regionScope(viewer), plan, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'campaign', entityId: id, action: 'updated',
      summary: `${details.length ? `Changed ${details.map((d) => d.field).join(', ')}` : 'Saved without changes'}${reapprove ? '; needs the RST’s approval again' : ''}`,
      details, about: { Campaign: [id] },
    }, version, reapprove);
    if (!ok) throw conflict('Someone else changed this campaign since you opened it. Reload to see their changes, then make yours again.');
    return this.get(viewer, id);
  }

  /** The RST approves the plan: leaders, staff and admins, on behalf of a regional strategy team of the campaign's region. */
  async approve(viewer: Viewer, id: string, version: number, teamId: string): Promise<Campaign> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record an RST’s approval.');
    const c = await this.row(viewer, id);
    const team = await this.teams.record(viewer, teamId);
    if (team.kind !== TeamKind.REGIONAL_STRATEGY_TEAM) throw badInput('teamId', 'Choose a regional strategy team: they approve campaign plans.');
    if (team.region !== c.region) throw badInput('teamId', 'Choose the regional strategy team of this campaign’s region.');
    const missing = (await this.gate(viewer, c)).conditions.filter((x) => ['ACTION_PROPOSAL', 'SPECIFIC_TARGET', 'THEORY_OF_CHANGE'].includes(x.key) && !x.met);
    if (missing.length) {
      throw new AppError('FAILED_PRECONDITION', `The plan is not complete yet: ${missing.map((m) => m.detail).join(' ')}`);
    }
    if (![CampaignStatus.PROPOSED, CampaignStatus.APPROVED].includes(c.status)) {
      throw new AppError('FAILED_PRECONDITION', `A ${c.status.toLowerCase()} campaign is not approved again.`);
    }
    const ok = await this.repo.approve(regionScope(viewer), id, version, teamId, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'campaign', entityId: id, action: 'updated', summary: `Approved by ${team.name}`, about: { Campaign: [id], Team: [teamId] },
    });
    if (!ok) throw conflict('Someone else changed this campaign since you opened it. Reload, then approve again.');
    return this.get(viewer, id);
  }

  async setStatus(viewer: Viewer, id: string, version: number, status: CampaignStatus): Promise<Campaign> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins change a campaign’s status.');
    const c = await this.row(viewer, id);
    if (status === CampaignStatus.APPROVED) throw badInput('status', 'A campaign is approved by its RST: use approve.');
    if (status === CampaignStatus.MOBILIZING) {
      const gate = await this.gate(viewer, c);
      const missing = gate.conditions.filter((x) => !x.met);
      if (missing.length) {
        throw new AppError('FAILED_PRECONDITION', `This campaign cannot mobilize members yet. ${missing.map((m) => m.detail).join(' ')}`, [], { missing: missing.map((m) => m.key) });
      }
    }
    const ok = await this.repo.setStatus(regionScope(viewer), id, version, status, now(), {
      accountId: viewer.accountId, entityType: 'campaign', entityId: id, action: 'updated',
      summary: `Status: ${c.status.toLowerCase()} → ${status.toLowerCase()}`, details: [{ field: 'status', from: c.status, to: status }], about: { Campaign: [id] },
    });
    if (!ok) throw conflict('Someone else changed this campaign since you opened it. Reload, then try again.');
    return this.get(viewer, id);
  }

  async get(viewer: Viewer, id: string): Promise<Campaign> {
    return this.toCampaign(viewer, await this.row(viewer, id));
  }

  async list(viewer: Viewer, regionId?: string | null, status?: CampaignStatus | null): Promise<Campaign[]> {
    return (await this.repo.list(regionScope(viewer), regionId ?? '', status ?? '')).map((r) => this.toCampaign(viewer, r));
  }

  async partners(viewer: Viewer, id: string): Promise<Organization[]> {
    return (await this.repo.partners(regionScope(viewer), id)).map((o) => this.organizations.toOrganization(viewer, o));
  }

  /** The campaign after the change: what it shows (partners, gate, role board) follows from it. */
  async setPartner(viewer: Viewer, id: string, organizationId: string, add: boolean): Promise<Campaign> {
    const ok = await this.repo.setPartner(regionScope(viewer), id, organizationId, add, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'campaign partner', entityId: `${organizationId}|${id}`, action: 'updated',
      summary: add ? 'Partner organization added' : 'Partner organization removed', about: { Campaign: [id], Organization: [organizationId] },
    });
    if (!ok) throw notFound(add ? 'That campaign or organization' : 'That partner');
    return this.get(viewer, id);
  }

  /** Each condition of the gate, met or not, with what is missing in words. */
  async gate(viewer: Viewer, c: CampaignRow): Promise<MobilizationGate> {
    const prioritized = c.issueId ? await this.issues.isPrioritized(viewer, c.issueId) : false;
    let approvedByRst = false;
    if (c.approvingTeamId) {
      const team = await this.teams.record(viewer, c.approvingTeamId).catch(() => null);
      approvedByRst = team?.kind === TeamKind.REGIONAL_STRATEGY_TEAM;
    }
    const conditions: GateCondition[] = [
      {
        key: 'ISSUE_PRIORITIZED', label: 'Issue prioritized by an Issue Assembly', met: prioritized,
        detail: !c.issueId ? 'It has no issue yet.' : prioritized ? 'Its issue was prioritized by an Issue Assembly.' : 'Its issue has not been prioritized by an Issue Assembly.',
      },
      { key: 'ACTION_PROPOSAL', label: 'Action proposal', met: !!c.actionProposal, detail: c.actionProposal ? 'It has an action proposal.' : 'It has no action proposal.' },
      {
        key: 'SPECIFIC_TARGET', label: 'A specific target', met: !!(c.targetPersonId || c.targetOrganizationId),
        detail: c.targetPersonId || c.targetOrganizationId ? 'It names a specific target.' : 'It names no specific target.',
      },
      { key: 'THEORY_OF_CHANGE', label: 'Theory of change', met: !!c.theoryOfChange, detail: c.theoryOfChange ? 'It has a theory of change.' : 'It has no theory of change.' },
      {
        key: 'RST_APPROVED', label: 'Approved by the regional strategy team', met: approvedByRst,
        detail: approvedByRst ? 'The regional strategy team approved it.' : 'The regional strategy team has not approved it.',
      },
    ];
    return { open: conditions.every((x) => x.met), conditions };
  }

  async row(viewer: Viewer, id: string): Promise<CampaignRow> {
    const r = await this.repo.byId(regionScope(viewer), id);
    if (!r) throw notFound('That campaign');
    return r;
  }

  toCampaign(viewer: Viewer, r: CampaignRow): Campaign {
    return Object.assign(new Campaign(), {
      id: r.id, name: r.name, status: r.status, theoryOfChange: r.theoryOfChange ?? null, actionProposal: r.actionProposal ?? null,
      version: Number(r.version), createdAt: r.createdAt, updatedAt: r.updatedAt, approvedAt: r.approvedAt, canEdit: canManageRecords(viewer), row: r,
    });
  }

  /** Checks every link of the plan against the viewer's scope before anything is written. */
  private async plan(viewer: Viewer, id: string, input: CampaignInput, status: CampaignStatus): Promise<CampaignPlan> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record campaigns.');
    await this.regions.requireUsable(viewer, input.regionId);
    if (input.targetPersonId && input.targetOrganizationId) throw badInput('targetPersonId', 'Choose one target: a person or an organization.');
    const check = async (field: string, p: Promise<unknown> | null, message: string) => {
      if (p && !(await p.then(() => true, () => false))) throw badInput(field, message);
    };
    await check('issueId', input.issueId ? this.issues.get(viewer, input.issueId) : null, 'Choose an issue in your regions.');
    await check('targetPersonId', input.targetPersonId ? this.people.get(viewer, input.targetPersonId) : null, 'Choose a target person in your regions.');
    await check('targetOrganizationId', input.targetOrganizationId ? this.organizations.get(viewer, input.targetOrganizationId) : null, 'Choose a target organization in your regions.');
    await check('proposingTeamId', input.proposingTeamId ? this.teams.get(viewer, input.proposingTeamId) : null, 'Choose a team in your regions.');
    return {
      id, name: input.name, sortKey: sortKeyOf(input.name, id), theoryOfChange: input.theoryOfChange ?? null, actionProposal: input.actionProposal ?? null,
      region: input.regionId, status, issueId: input.issueId ?? null, targetPersonId: input.targetPersonId ?? null,
      targetOrganizationId: input.targetOrganizationId ?? null, proposingTeamId: input.proposingTeamId ?? null,
    };
  }
}
