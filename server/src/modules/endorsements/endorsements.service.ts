import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { now, todayUtc as today } from '../../common/clock.js';
import { canManageRecords, inRegion, regionScope, type Viewer } from '../../common/viewer.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { CampaignRow } from '../campaigns/campaign.model.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { ZipDirectory } from '../geo/zip-directory.js';
import { IssuesService } from '../issues/issues.service.js';
import { OrganizationType, type Organization } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { RegionsService } from '../regions/regions.service.js';
import {
  ENDORSEMENT_STATUSES, EndorsementAsk, EndorsementStatus, STATUS_WORDS,
  type Candidate, type CandidateInput, type EndorsementAskInput, type EndorsementAskRow, type EndorsementBoard,
  type MoveEndorsementAskInput, type Race, type RaceEndorsements, type RaceInput, type RaceRecord,
} from './endorsement.model.js';
import { EndorsementsRepository, type AskFields } from './endorsements.repository.js';

const DECIDED = new Set([EndorsementStatus.ENDORSED, EndorsementStatus.DECLINED]);

/**
 * Endorsement asks (a pipeline per campaign), races and candidate endorsements by affiliate groups.
 * Rules: an endorsement of a campaign is recorded only once its issue was prioritized (seed 000); where most
 * affiliate groups in a race's area endorse the same candidate it is surfaced, and a group endorsing an
 * opposing candidate is flagged (seed 002).
 */
@Injectable()
export class EndorsementsService {
  constructor(
    private readonly repo: EndorsementsRepository,
    private readonly regions: RegionsService,
    private readonly organizations: OrganizationsService,
    private readonly campaigns: CampaignsService,
    private readonly issues: IssuesService,
    private readonly people: PeopleService,
    private readonly accounts: AccountsRepository,
    private readonly zips: ZipDirectory,
  ) {}

  async create(viewer: Viewer, input: EndorsementAskInput): Promise<EndorsementAsk> {
    if (!!input.campaignId === !!input.candidateId) {
      throw badInput(input.campaignId ? 'candidateId' : 'campaignId', 'Choose either a campaign or a candidate to endorse, not both.');
    }
    const organization = await this.organizations.get(viewer, input.organizationId)
      .catch(() => { throw badInput('organizationId', 'Choose an organization in your regions.'); });
    let region: string;
    let targetName: string;
    let campaign: CampaignRow | null = null;
    if (input.campaignId) {
      campaign = await this.campaigns.row(viewer, input.campaignId).catch(() => { throw badInput('campaignId', 'Choose a campaign in your regions.'); });
      region = campaign.region;
      targetName = campaign.name;
    } else {
      const candidate = await this.repo.candidate(regionScope(viewer), input.candidateId!);
      if (!candidate) throw badInput('candidateId', 'Choose a candidate in a race of your regions.');
      region = candidate.region;
      targetName = candidate.name;
    }
    if (await this.repo.existing(organization.id, (input.campaignId ?? input.candidateId)!)) {
      throw badInput('organizationId', `${organization.name} already has an ask for “${targetName}”: move that one instead.`);
    }
    const status = input.status ?? EndorsementStatus.TO_ASK;
    if (status === EndorsementStatus.ENDORSED && campaign) await this.requireVetted(viewer, campaign);
    const askerId = await this.asker(viewer, input.askerId);
    const id = randomUUID();
    const fields: AskFields = {
      status,
      nextStep: input.nextStep ?? null,
      notes: input.notes ?? null,
      askedOn: input.askedOn ?? (status === EndorsementStatus.TO_ASK ? null : today()),
      decidedOn: DECIDED.has(status) ? today() : null,
    };
    await this.repo.create({ ...fields, id, region, organizationId: organization.id }, { campaignId: input.campaignId ?? null, candidateId: input.candidateId ?? null },
      askerId, viewer.accountId, now(), {
        accountId: viewer.accountId, entityType: 'endorsement ask', entityId: id, action: 'created',
        summary: `${organization.name}: endorsement of “${targetName}” — ${STATUS_WORDS[status]}`,
        details: [{ field: 'status', from: null, to: status }],
        about: { EndorsementAsk: [id], Organization: [organization.id], ...(campaign ? { Campaign: [campaign.id] } : {}) },
      });
    return this.get(viewer, id);
  }

  /** Moves an ask along the pipeline; the status change is kept in its history and the organization's. */
  async move(viewer: Viewer, input: MoveEndorsementAskInput): Promise<EndorsementAsk> {
    const row = await this.row(viewer, input.id);
    if (input.status === EndorsementStatus.ENDORSED && row.status !== EndorsementStatus.ENDORSED && row.campaignId) {
      await this.requireVetted(viewer, await this.campaigns.row(viewer, row.campaignId));
    }
    const askerId = input.askerId === undefined ? undefined : await this.asker(viewer, input.askerId, false);
    const changed = input.status !== row.status;
    const fields: AskFields = {
      status: input.status,
      nextStep: input.nextStep === undefined ? row.nextStep ?? null : input.nextStep,
      notes: input.notes === undefined ? row.notes ?? null : input.notes,
      askedOn: row.askedOn ?? (input.status === EndorsementStatus.TO_ASK ? null : today()),
      decidedOn: DECIDED.has(input.status) ? (changed ? today() : row.decidedOn ?? today()) : null,
    };
    const organization = await this.organizations.get(viewer, row.organizationId);
    const details = [
      ...(changed ? [{ field: 'status', from: row.status, to: input.status }] : []),
      ...(fields.nextStep !== (row.nextStep ?? null) ? [{ field: 'nextStep', from: row.nextStep ?? null, to: fields.nextStep }] : []),
      ...(fields.notes !== (row.notes ?? null) ? [{ field: 'notes', from: null, to: null }] : []),
      ...(askerId !== undefined && askerId !== row.askerId ? [{ field: 'asker', from: null, to: null }] : []),
    ];
    const ok = await this.repo.update(regionScope(viewer), row.id, input.version, fields, askerId, now(), {
      accountId: viewer.accountId, entityType: 'endorsement ask', entityId: row.id, action: 'updated',
      summary: changed ? `${organization.name}: ${STATUS_WORDS[row.status]} → ${STATUS_WORDS[input.status]}` : `${organization.name}: ask updated`,
      details,
      about: { EndorsementAsk: [row.id], Organization: [row.organizationId], ...(row.campaignId ? { Campaign: [row.campaignId] } : {}) },
    });
    if (!ok) throw conflict('Someone else moved this ask since you opened it. Reload the board, then try again.');
    return this.get(viewer, row.id);
  }

  async remove(viewer: Viewer, id: string): Promise<string> {
    const row = await this.row(viewer, id);
    if (!canManageRecords(viewer) && row.createdBy !== viewer.accountId) throw forbidden('Only the person who recorded an ask, or a leader, staff or admin, can delete it.');
    const organization = await this.organizations.get(viewer, row.organizationId);
    await this.repo.remove(regionScope(viewer), id, now(), {
      accountId: viewer.accountId, entityType: 'endorsement ask', entityId: id, action: 'deleted', summary: `${organization.name}: endorsement ask deleted`,
      about: { Organization: [row.organizationId], ...(row.campaignId ? { Campaign: [row.campaignId] } : {}) },
    });
    return id;
  }

  async get(viewer: Viewer, id: string): Promise<EndorsementAsk> {
    return this.toAsk(viewer, await this.row(viewer, id));
  }

  async ofCampaign(viewer: Viewer, campaignId: string): Promise<EndorsementAsk[]> {
    return (await this.repo.byCampaign(regionScope(viewer), campaignId)).map((r) => this.toAsk(viewer, r));
  }

  async ofOrganization(viewer: Viewer, organizationId: string): Promise<EndorsementAsk[]> {
    return (await this.repo.byOrganization(regionScope(viewer), organizationId)).map((r) => this.toAsk(viewer, r));
  }

  async ofCandidate(viewer: Viewer, candidateId: string): Promise<EndorsementAsk[]> {
    return (await this.repo.byCandidate(regionScope(viewer), candidateId)).map((r) => this.toAsk(viewer, r));
  }

  async board(viewer: Viewer, campaignId: string): Promise<EndorsementBoard> {
    const campaign = await this.campaigns.get(viewer, campaignId);
    const asks = await this.ofCampaign(viewer, campaignId);
    const blockedReason = await this.vettingProblem(viewer, campaign.row);
    const asked = new Set(asks.map((a) => a.row.organizationId));
    const partners = await this.campaigns.partners(viewer, campaignId);
    return {
      campaign,
      canRecordEndorsements: blockedReason === null,
      blockedReason,
      columns: ENDORSEMENT_STATUSES.map((status) => ({ status, asks: asks.filter((a) => a.status === status) })),
      partnersNotAsked: partners.filter((p) => !asked.has(p.id)),
    };
  }

  // --- races and candidates ---

  async saveRace(viewer: Viewer, input: RaceInput, id?: string, version?: number): Promise<Race> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record races.');
    await this.regions.requireUsable(viewer, input.regionId);
    if (input.zip && !this.zips.lookup(input.zip)) throw badInput('zip', `${input.zip} is not a US zip code we know.`);
    if (input.areaMiles != null && !input.zip) throw badInput('zip', 'Give the zip code at the center of the area, or leave the radius empty to use the whole region.');
    const raceId = id ?? randomUUID();
    const ok = await this.repo.saveRace(regionScope(viewer), {
      id: raceId, name: input.name, sortKey: input.name.toLowerCase(), electionDate: input.electionDate ?? null, zip: input.zip ?? null,
      areaMiles: input.zip ? input.areaMiles ?? 15 : null, region: input.regionId,
    }, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'race', entityId: raceId, action: id ? 'updated' : 'created', summary: id ? 'Race updated' : 'Race recorded', about: { Race: [raceId] },
    }, version);
    if (!ok) throw id ? conflict('Someone else changed this race since you opened it. Reload, then try again.') : notFound('That race');
    return this.race(viewer, raceId);
  }

  async race(viewer: Viewer, id: string): Promise<Race> {
    const r = await this.repo.race(regionScope(viewer), id);
    if (!r) throw notFound('That race');
    return this.toRace(r);
  }

  async races(viewer: Viewer, regionId?: string | null): Promise<Race[]> {
    return (await this.repo.races(regionScope(viewer), regionId ?? '')).map((r) => this.toRace(r));
  }

  async addCandidate(viewer: Viewer, input: CandidateInput): Promise<Candidate> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record candidates.');
    const id = randomUUID();
    const ok = await this.repo.addCandidate(regionScope(viewer), input.raceId, { id, name: input.name, party: input.party ?? null }, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'race', entityId: input.raceId, action: 'updated', summary: `Candidate added: ${input.name}`, about: { Race: [input.raceId] },
    });
    if (!ok) throw badInput('raceId', 'Choose a race in your regions.');
    return { id, name: input.name, party: input.party ?? null, raceId: input.raceId };
  }

  async candidates(raceId: string): Promise<Candidate[]> {
    return (await this.repo.candidates([raceId])).map((k) => ({ id: k.id, name: k.name, party: k.party ?? null, raceId: k.raceId }));
  }

  async candidate(viewer: Viewer, id: string): Promise<Candidate> {
    const k = await this.repo.candidate(regionScope(viewer), id);
    if (!k) throw notFound('That candidate');
    return { id: k.id, name: k.name, party: k.party ?? null, raceId: k.raceId };
  }

  /**
   * Tallies the affiliate groups of the race's area by the candidate they endorsed. A candidate endorsed by more
   * than half of the area's groups is the majority; any group endorsing another candidate in the race is flagged.
   */
  async endorsements(viewer: Viewer, race: Race): Promise<RaceEndorsements> {
    const record = await this.repo.race(regionScope(viewer), race.id);
    if (!record) throw notFound('That race');
    const areaZips = record.zip ? this.zips.within(record.zip, Number(record.areaMiles ?? 15)).map((z) => z.zip) : null;
    const inArea = new Set(await this.repo.groupsInArea(areaZips, record.region));
    const candidates = await this.candidates(race.id);
    const byCandidate = new Map<string, Set<string>>(candidates.map((c) => [c.id, new Set()]));
    const rows = await this.repo.raceEndorsements(race.id);
    for (const r of rows) if (r.organization.type === OrganizationType.AFFILIATE_GROUP && inArea.has(r.organization.id)) byCandidate.get(r.candidateId)?.add(r.organization.id);
    const visible = new Map(rows.filter((r) => inRegion(viewer, r.organization.region)).map((r) => [r.organization.id, this.organizations.toOrganization(viewer, r.organization)]));
    const tallies = candidates
      .map((candidate) => ({ candidate, groupCount: byCandidate.get(candidate.id)!.size, groups: [...byCandidate.get(candidate.id)!].map((id) => visible.get(id)).filter((o): o is Organization => !!o) }))
      .sort((a, b) => b.groupCount - a.groupCount || a.candidate.name.localeCompare(b.candidate.name));
    const top = tallies[0];
    const majority = top && inArea.size > 0 && top.groupCount * 2 > inArea.size ? top.candidate : null;
    const counterEndorsements = majority
      ? rows.filter((r) => r.candidateId !== majority.id && visible.has(r.organization.id)).map((r) => ({
          organization: visible.get(r.organization.id)!, endorsed: candidates.find((c) => c.id === r.candidateId)!, against: majority,
        }))
      : [];
    return { groupsInArea: inArea.size, tallies, majority, counterEndorsements };
  }

  // --- helpers ---

  /** Seed 000: no endorsement on an issue that has not been vetted through the organizing process. */
  private async vettingProblem(viewer: Viewer, campaign: CampaignRow): Promise<string | null> {
    if (!campaign.issueId) return `“${campaign.name}” has no issue yet: endorsements are recorded only for campaigns on an issue an Issue Assembly prioritized.`;
    if (!(await this.issues.isPrioritized(viewer, campaign.issueId))) {
      return `The issue of “${campaign.name}” has not been prioritized by an Issue Assembly: endorsements are recorded only on vetted issues.`;
    }
    return null;
  }

  private async requireVetted(viewer: Viewer, campaign: CampaignRow): Promise<void> {
    const problem = await this.vettingProblem(viewer, campaign);
    if (problem) throw new AppError('FAILED_PRECONDITION', problem, [], { missing: ['ISSUE_PRIORITIZED'] });
  }

  /** The person making the ask: the one given (in scope), or the signed-in user's own person record. */
  private async asker(viewer: Viewer, askerId: string | null | undefined, defaultToMe = true): Promise<string | null> {
    if (askerId) return (await this.people.requireAll(viewer, [askerId], 'askerId'))[0].id;
    if (!defaultToMe) return null;
    const [me] = await this.accounts.byIds([viewer.accountId]);
    return me?.personId ?? null;
  }

  private async row(viewer: Viewer, id: string): Promise<EndorsementAskRow> {
    const r = await this.repo.byId(regionScope(viewer), id);
    if (!r) throw notFound('That endorsement ask');
    return r;
  }

  private toRace(r: RaceRecord): Race {
    return { id: r.id, name: r.name, electionDate: r.electionDate ?? null, zip: r.zip ?? null, areaMiles: r.areaMiles == null ? null : Number(r.areaMiles), version: Number(r.version), regionId: r.region };
  }

  toAsk(viewer: Viewer, r: EndorsementAskRow): EndorsementAsk {
    return Object.assign(new EndorsementAsk(), {
      id: r.id, status: r.status, nextStep: r.nextStep ?? null, notes: r.notes ?? null, askedOn: r.askedOn ?? null, decidedOn: r.decidedOn ?? null,
      version: Number(r.version), createdAt: r.createdAt, updatedAt: r.updatedAt, canEdit: true, row: r,
    });
  }
}
