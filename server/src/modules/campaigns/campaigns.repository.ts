import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { CampaignRow, CampaignStatus } from './campaign.model.js';
import { CampaignQueries, type CampaignPlan, type CampaignWithLinks } from './campaigns.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';

export type { CampaignPlan };

const toRow = ({ c, ...links }: CampaignWithLinks): CampaignRow => ({
  ...c,
  issueId: links.issueId ?? null,
  targetPersonId: links.targetPersonId ?? null,
  targetOrganizationId: links.targetOrganizationId ?? null,
  proposingTeamId: links.proposingTeamId ?? null,
  approvingTeamId: links.approvingTeamId ?? null,
  approvedBy: links.approvedBy ?? null,
  approvedAt: links.approvedAt ?? null,
});

/** All Cypher about campaigns, their plan links, partners and approval. */
@Injectable()
export class CampaignsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /**
   * Creates or updates the campaign with its links (issue, target, proposing team) in one transaction.
   * `clearApproval`: a changed plan needs the RST's approval again.
   */
  save(scope: Scope, plan: CampaignPlan, viewerId: string, now: string, change: ChangeEntry, version?: number, clearApproval = false): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const rows = version === undefined
        ? await tx.run(CampaignQueries.create, { ...plan, viewerId, now })
        : await tx.run(CampaignQueries.update, { ...scope, ...plan, version, now });
      if (!rows.length) return false;
      await this.link(tx, plan);
      if (clearApproval) await tx.run(CampaignQueries.clearApproval, { id: plan.id });
      await recordChange(tx, change, now);
      if (version === undefined) await keepIdempotencyKey(tx, plan.id);
      return true;
    });
  }

  private async link(tx: GraphTx, plan: CampaignPlan): Promise<void> {
    await tx.run(CampaignQueries.unlinkPlan, { id: plan.id });
    if (plan.issueId) await tx.run(CampaignQueries.linkIssue, { id: plan.id, issueId: plan.issueId });
    if (plan.targetPersonId) await tx.run(CampaignQueries.linkTargetPerson, { id: plan.id, targetId: plan.targetPersonId });
    if (plan.targetOrganizationId) await tx.run(CampaignQueries.linkTargetOrganization, { id: plan.id, targetId: plan.targetOrganizationId });
    if (plan.proposingTeamId) await tx.run(CampaignQueries.linkTeam, { id: plan.id, teamId: plan.proposingTeamId });
  }

  setStatus(scope: Scope, id: string, version: number, status: CampaignStatus, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(CampaignQueries.setStatus, { ...scope, id, version, status, now })).length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }

  approve(scope: Scope, id: string, version: number, teamId: string, viewerId: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.run(CampaignQueries.setStatus, { ...scope, id, version, status: 'APPROVED', now })).length) return false;
      await tx.run(CampaignQueries.clearApproval, { id });
      await tx.run(CampaignQueries.approve, { id, teamId, viewerId, now });
      await recordChange(tx, change, now);
      return true;
    });
  }

  async byId(scope: Scope, id: string): Promise<CampaignRow | null> {
    const [row] = await this.store.read(CampaignQueries.byId, { ...scope, id });
    return row ? toRow(row) : null;
  }

  async list(scope: Scope, regionId: string, status: string): Promise<CampaignRow[]> {
    return (await this.store.read(CampaignQueries.list, { ...scope, regionId, status })).map(toRow).sort((a, b) => a.sortKey.localeCompare(b.sortKey));
  }

  async partners(scope: Scope, id: string): Promise<OrganizationRecord[]> {
    return (await this.store.read(CampaignQueries.partners, { ...scope, id })).map((r) => r.o);
  }

  setPartner(scope: Scope, id: string, organizationId: string, add: boolean, viewerId: string, now: string, change: ChangeEntry): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const params = { ...scope, id, organizationId, viewerId, now };
      const rows = add ? await tx.run(CampaignQueries.addPartner, params) : await tx.run(CampaignQueries.removePartner, params);
      if (!rows.length) return false;
      await recordChange(tx, change, now);
      return true;
    });
  }
}
