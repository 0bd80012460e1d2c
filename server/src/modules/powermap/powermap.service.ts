import { Inject, Injectable } from '@nestjs/common';
import { AppError, badInput, forbidden, notFound } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { canManageRecords, inRegion, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { EndorsementStatus } from '../endorsements/endorsement.model.js';
import { recordChange, type ChangeEntry, type FieldChange } from '../history/history.js';
import { shownStrength } from '../interactions/tie-strength.js';
import { RegionsService } from '../regions/regions.service.js';
import { ReachFrom, type ReachNode, type ReachPath } from '../reach/reach.model.js';
import { shownNode } from '../reach/shown-node.js';
import { HOP_FACTOR, ReachIndex } from '../reach/reach-index.js';
import { MAX_HOPS, ReachService } from '../reach/reach.service.js';
import {
  INFLUENCE_MAX, INFLUENCE_MIN, InfluenceSource, STANCE_MAX, STANCE_MIN, StanceSource,
  type Influence, type InfluenceInput, type PowerMap, type PowerMapAsk, type PowerMapRecord,
} from './powermap.model.js';
import { PowerMapQueries, RECORD_LABELS, type AffiliationType, type AskRow, type MapRecordRow, type RecordLabel } from './powermap.queries.js';

/** The most records a map shows (by influence): each costs one reach search. */
export const MAX_RECORDS = 100;
/** Warmest paths kept between requests (see warmestPath). */
const PATH_CACHE = 20_000;

/**
 * Influence derived from a tie to the target, when nobody recorded or placed one: a KNOWS tie counts its shown
 * strength (1-5, as reach shows it); leading an organization counts 5, working there 4, membership 3.
 */
export const AFFILIATION_INFLUENCE: Record<AffiliationType, number> = { LEADS: 5, WORKS_AT: 4, MEMBER_OF: 3 };
const AFFILIATION_WORDS: Record<AffiliationType, [toTargetPerson: string, ofTargetOrganization: string]> = {
  LEADS: ['The target leads it', 'Leads the target'],
  WORKS_AT: ['The target works there', 'Works at the target'],
  MEMBER_OF: ['The target is a member', 'Member of the target'],
};
const STANCE_WORDS: Record<number, string> = { [-2]: 'against us', [-1]: 'leans against us', 0: 'undecided', 1: 'leans with us', 2: 'with us' };
const OPEN_ASK = new Set<string>([EndorsementStatus.TO_ASK, EndorsementStatus.ASKED, EndorsementStatus.CONSIDERING]);

type Kind = 'person' | 'organization';
interface Entry {
  id: string;
  kind: Kind;
  name: string;
  region: string;
  ties: Array<{ influence: number; why: string }>;
  recorded: { strength: number; note: string | null } | null;
  placement: { stance: number | null; influence: number | null } | null;
}

const labelOf = (kind: Kind): RecordLabel => (kind === 'person' ? 'Person' : 'Organization');
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A campaign's power map (issue 16): the target at the centre; the people and organizations tied to the target or
 * recorded as influencing them, placed by stance (with us <-> against us) and influence over the target. Leaders
 * place records by hand per campaign (PLACED_ON) and record who influences whom (INFLUENCES), both with history.
 */
/** Depths of the warmest-path search, shallow first (see search()). */
const DEEPENING = [2, 4, MAX_HOPS] as const;

@Injectable()
export class PowerMapService {
  private paths = new Map<string, ReachPath | null>();
  private pathsOf = -1;
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly campaigns: CampaignsService,
    private readonly reach: ReachService,
    private readonly index: ReachIndex,
    private readonly regions: RegionsService,
    private readonly accounts: AccountsRepository,
  ) {}

  async powerMap(viewer: Viewer, campaignId: string): Promise<PowerMap> {
    const row = await this.campaigns.row(viewer, campaignId);
    const campaign = this.campaigns.toCampaign(viewer, row);
    const targetId = row.targetPersonId ?? row.targetOrganizationId;
    const date = today();
    const entries = new Map<string, Entry>();
    const entry = (r: MapRecordRow, kind: Kind): Entry => {
      const id = r.id;
      let e = entries.get(id);
      if (!e) entries.set(id, (e = { id, kind, name: r.name ?? '', region: r.region ?? '', ties: [], recorded: null, placement: null }));
      return e;
    };
    let target: { id: string; kind: Kind; name: string; region: string } | null = null;
    if (targetId) {
      const kind: Kind = row.targetPersonId ? 'person' : 'organization';
      const [t] = await this.store.read(PowerMapQueries.record[labelOf(kind)], { id: targetId });
      if (t) target = { id: targetId, kind, name: t.name ?? '', region: t.region ?? '' };
      if (kind === 'person') {
        for (const r of await this.store.read(PowerMapQueries.knowsTarget, { targetId, today: date })) {
          const score = r.score != null && r.scoreAt ? { score: r.score, scoreAt: r.scoreAt } : null;
          const strength = Math.max(INFLUENCE_MIN, Math.round(shownStrength(r.strength ?? null, score, date)));
          entry(r, 'person').ties.push({ influence: strength, why: `Knows the target (tie strength ${strength})` });
        }
        for (const r of await this.store.read(PowerMapQueries.affiliationsOfTargetPerson, { targetId, today: date })) {
          entry(r, 'organization').ties.push({ influence: AFFILIATION_INFLUENCE[r.kind], why: AFFILIATION_WORDS[r.kind][0] });
        }
        for (const label of RECORD_LABELS) {
          for (const r of await this.store.read(PowerMapQueries.influencers[label], { targetId })) {
            entry(r, label === 'Person' ? 'person' : 'organization').recorded = { strength: r.strength, note: r.note ?? null };
          }
        }
      } else {
        for (const r of await this.store.read(PowerMapQueries.affiliationsOfTargetOrganization, { targetId, today: date })) {
          entry(r, 'person').ties.push({ influence: AFFILIATION_INFLUENCE[r.kind], why: AFFILIATION_WORDS[r.kind][1] });
        }
      }
    }
    for (const label of RECORD_LABELS) {
      for (const r of await this.store.read(PowerMapQueries.placements[label], { campaignId })) {
        entry(r, label === 'Person' ? 'person' : 'organization').placement = { stance: r.stance ?? null, influence: r.influence ?? null };
      }
    }
    // The campaign's partners and the organizations asked to endorse it are on the map too: their stance is what the asks decide.
    const asks = new Map<string, AskRow>();
    for (const r of await this.store.read(PowerMapQueries.asks, { campaignId })) {
      asks.set(r.organizationId, r);
      entry({ id: r.organizationId, name: r.organizationName, region: r.organizationRegion }, 'organization');
    }
    const partners = new Set<string>();
    for (const r of await this.store.read(PowerMapQueries.partners, { campaignId })) {
      partners.add(r.id);
      entry(r, 'organization');
    }
    if (targetId) entries.delete(targetId);
    const peopleIds = [...entries.values()].filter((e) => e.kind === 'person').map((e) => e.id);
    const orgsOf = new Map<string, string[]>();
    for (const r of await this.store.read(PowerMapQueries.organizationsOf, { ids: peopleIds, today: date })) {
      orgsOf.set(r.personId, [...(orgsOf.get(r.personId) ?? []), r.organizationId]);
    }

    const placed = [...entries.values()].map((e) => ({ e, ...this.position(e, asks, partners, orgsOf) }));
    placed.sort((a, b) => b.influence - a.influence || b.stance - a.stance || a.e.name.localeCompare(b.e.name) || a.e.id.localeCompare(b.e.id));
    const shown = placed.slice(0, MAX_RECORDS);

    const regionNames = new Map((await this.regions.all()).map((r) => [r.id, r.name]));
    const node = (id: string, kind: Kind, name: string, region: string): ReachNode => shownNode(viewer, regionNames, { id, kind, name, region });

    const connectors = new Map<string, string[]>();
    for (const r of await this.store.read(PowerMapQueries.connectors, { campaignId, today: date })) {
      const name = node(r.id, 'person', r.name ?? '', r.region ?? '').name;
      connectors.set(r.organizationId, [...(connectors.get(r.organizationId) ?? []), name]);
    }
    const visiblePeople = shown.filter((p) => p.e.kind === 'person' && inRegion(viewer, p.e.region)).map((p) => p.e.id);
    const assignees = new Map((await this.store.read(PowerMapQueries.assignees, { ids: visiblePeople })).map((r) => [r.id, r.assignees ?? []]));
    const accountNames = new Map((await this.accounts.byIds([...new Set([...assignees.values()].flat())])).map((a) => [a.id, a.displayName]));

    const records: PowerMapRecord[] = [];
    for (const p of shown) {
      const { e } = p;
      const record = node(e.id, e.kind, e.name, e.region);
      const ask = e.kind === 'organization' ? asks.get(e.id) : undefined;
      const openAsk: PowerMapAsk | null = !record.hidden && ask && OPEN_ASK.has(ask.status)
        ? {
            id: ask.id, status: ask.status, nextStep: ask.nextStep ?? null,
            askerName: ask.askerId ? node(ask.askerId, 'person', ask.askerName ?? '', ask.askerRegion ?? '').name : null,
          }
        : null;
      const assigned = record.hidden ? [] : e.kind === 'organization'
        ? connectors.get(e.id) ?? []
        : (assignees.get(e.id) ?? []).map((a) => accountNames.get(a)).filter((n): n is string => !!n);
      records.push({
        record,
        stance: p.stance,
        stanceSource: p.stanceSource,
        stanceWhy: p.stanceWhy,
        influence: p.influence,
        influenceSource: p.influenceSource,
        influenceWhy: record.hidden && p.influenceSource === InfluenceSource.RECORDED ? 'Recorded' : p.influenceWhy,
        placed: !!e.placement,
        recordedInfluence: e.recorded?.strength ?? null,
        influenceNote: record.hidden ? null : e.recorded?.note ?? null,
        warmestPath: record.hidden ? null : await this.warmestPath(viewer, e, row.region, date),
        openAsk,
        assigned,
      });
    }
    return {
      campaign,
      target: target ? node(target.id, target.kind, target.name, target.region) : null,
      records,
      leftOff: placed.length - shown.length,
      canEdit: canManageRecords(viewer),
    };
  }

  /** Where a record sits: a hand placement wins; else stance from asks, partnership or their organizations, influence as recorded or from ties. */
  private position(e: Entry, asks: Map<string, AskRow>, partners: Set<string>, orgsOf: Map<string, string[]>) {
    let stance = 0;
    let stanceSource = StanceSource.UNKNOWN;
    let stanceWhy = 'No stance recorded, no endorsement decided';
    if (e.placement?.stance != null) {
      [stance, stanceSource, stanceWhy] = [e.placement.stance, StanceSource.PLACED, `Placed by hand: ${STANCE_WORDS[e.placement.stance]}`];
    } else if (e.kind === 'organization') {
      const status = asks.get(e.id)?.status;
      if (status === EndorsementStatus.ENDORSED) [stance, stanceSource, stanceWhy] = [2, StanceSource.ENDORSED, 'Endorsed the campaign'];
      else if (status === EndorsementStatus.DECLINED) [stance, stanceSource, stanceWhy] = [-2, StanceSource.DECLINED, 'Declined to endorse the campaign'];
      else if (partners.has(e.id)) [stance, stanceSource, stanceWhy] = [1, StanceSource.PARTNER, 'A partner in the campaign'];
    } else {
      const decided = (orgsOf.get(e.id) ?? []).map((o) => asks.get(o)?.status);
      const endorsed = decided.filter((s) => s === EndorsementStatus.ENDORSED).length;
      const declined = decided.filter((s) => s === EndorsementStatus.DECLINED).length;
      // One of their organizations endorsed and none declined (or the reverse): they lean the same way; mixed stays undecided.
      if (endorsed && !declined) [stance, stanceSource, stanceWhy] = [1, StanceSource.THEIR_ORGANIZATIONS, 'An organization of theirs endorsed the campaign'];
      else if (declined && !endorsed) [stance, stanceSource, stanceWhy] = [-1, StanceSource.THEIR_ORGANIZATIONS, 'An organization of theirs declined to endorse'];
      else if (declined && endorsed) stanceWhy = 'Their organizations decided both ways';
    }
    let influence = INFLUENCE_MIN;
    let influenceSource = InfluenceSource.TIES;
    let influenceWhy = 'No tie to the target recorded';
    const strongest = [...e.ties].sort((a, b) => b.influence - a.influence)[0];
    if (e.placement?.influence != null) {
      [influence, influenceSource, influenceWhy] = [e.placement.influence, InfluenceSource.PLACED, `Placed by hand: ${e.placement.influence} of 5`];
    } else if (e.recorded) {
      [influence, influenceSource] = [e.recorded.strength, InfluenceSource.RECORDED];
      influenceWhy = `Recorded as influencing the target: ${e.recorded.strength} of 5${e.recorded.note ? ` (${e.recorded.note})` : ''}`;
    } else if (strongest) {
      [influence, influenceWhy] = [strongest.influence, strongest.why];
    }
    return { stance, stanceSource, stanceWhy, influence, influenceSource, influenceWhy };
  }

  /**
   * Our warmest path to a record: one reach search from the members of the campaign's region (the campaign is organized
   * there). bench/powermap.mjs measured these searches as nearly all of a map's time, and searching from all members of
   * every region (an admin's "all members") many times slower than from the campaign's region (figures in
   * docs/powermap.md); so the region's members carry the message, and the answers are kept while the reach index is unchanged: moving someone or
   * recording an influence does not change it, and the map comes back without searching again.
   */
  private async warmestPath(viewer: Viewer, e: Entry, regionId: string, date: string): Promise<ReachPath | null> {
    if (this.index.version() !== this.pathsOf || this.paths.size >= PATH_CACHE) {
      this.paths.clear();
      this.pathsOf = this.index.version();
    }
    // Who is hidden in a path depends on the viewer's regions.
    const key = `${date}|${regionId}|${viewer.allRegions ? '*' : [...viewer.regions].sort().join(',')}|${e.id}`;
    const kept = this.paths.get(key);
    if (kept !== undefined) return kept;
    const path = await this.search(viewer, e, regionId);
    if (this.index.version() === this.pathsOf) this.paths.set(key, path);
    return path;
  }

  /**
   * The warmest path of up to MAX_HOPS links, searched shallow first. Every link multiplies a path's score by at
   * most HOP_FACTOR (its quality is at most 1), so a path of more than h links scores at most HOP_FACTOR^(h+1): when
   * the best path of at most h links scores more, no deeper path can beat it and the deeper search is skipped (the
   * answer is the same; a test compares it with the full-depth search). bench/powermap.mjs showed the searches as
   * nearly all of a first opening, and a full-depth search from a region's members walks most of the network
   * (figures in docs/powermap.md). Records of other regions are searched at full depth at once: their paths from the
   * campaign's region are long, and the shallow searches made an admin's map slower in that benchmark.
   */
  private async search(viewer: Viewer, e: Entry, regionId: string): Promise<ReachPath | null> {
    try {
      for (const maxHops of e.region === regionId ? DEEPENING : [MAX_HOPS]) {
        const res = await this.reach.reach(viewer, {
          ...(e.kind === 'person' ? { targetPersonId: e.id } : { targetOrganizationId: e.id }),
          from: ReachFrom.REGION, regionId, limit: 1, maxHops,
        });
        const best = res.paths[0] ?? null;
        // Scores come rounded to 3 decimals: half a thousandth of margin keeps the comparison exact.
        if (maxHops === MAX_HOPS || (best && best.score - 0.0005 > HOP_FACTOR ** (maxHops + 1))) return best;
      }
      return null;
    } catch (err) {
      // A record the reach index does not know yet (written a moment ago) has no path to show.
      if (err instanceof AppError && err.code === 'BAD_USER_INPUT') return null;
      throw err;
    }
  }

  /** A leader moves a record on a campaign's grid; null stance or influence goes back to the derived one; both null removes the placement. */
  async place(viewer: Viewer, campaignId: string, recordId: string, stance: number | null, influence: number | null): Promise<PowerMap> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins move people on a power map.');
    const problems: Array<{ field: string; message: string }> = [];
    if (stance !== null && (!Number.isInteger(stance) || stance < STANCE_MIN || stance > STANCE_MAX)) {
      problems.push({ field: 'stance', message: 'The stance is -2 (against us) to 2 (with us), or empty to derive it.' });
    }
    if (influence !== null && (!Number.isInteger(influence) || influence < INFLUENCE_MIN || influence > INFLUENCE_MAX)) {
      problems.push({ field: 'influence', message: 'The influence is 1 to 5, or empty to derive it.' });
    }
    if (problems.length) throw new AppError('BAD_USER_INPUT', problems.map((p) => p.message).join(' '), problems);
    const c = await this.campaigns.row(viewer, campaignId);
    if (recordId === c.targetPersonId || recordId === c.targetOrganizationId) {
      throw badInput('recordId', 'The target sits at the centre of the map: place the people and organizations around them.');
    }
    const record = await this.recordInScope(viewer, recordId, 'recordId');
    const label = labelOf(record.kind);
    const at = now();
    await this.store.transaction(async (tx) => {
      const [before] = await tx.run(PowerMapQueries.placement[label], { recordId, campaignId });
      const from = before ? { stance: before.stance ?? null, influence: before.influence ?? null } : { stance: null, influence: null };
      const details: FieldChange[] = [];
      const words = (s: number | null) => (s === null ? 'derived' : STANCE_WORDS[s]);
      if (from.stance !== stance) details.push({ field: 'stance', from: words(from.stance), to: words(stance) });
      if (from.influence !== influence) details.push({ field: 'influence', from: from.influence === null ? 'derived' : String(from.influence), to: influence === null ? 'derived' : String(influence) });
      if (stance === null && influence === null) {
        if (before) await tx.run(PowerMapQueries.removePlacement[label], { recordId, campaignId });
      } else {
        await tx.run(before ? PowerMapQueries.updatePlacement[label] : PowerMapQueries.createPlacement[label], { recordId, campaignId, stance, influence, viewerId: viewer.accountId, now: at });
      }
      const summary = stance === null && influence === null
        ? `${record.name} back to derived on the power map of ${c.name}`
        : `${record.name} moved on the power map of ${c.name}: ${words(stance)}, influence ${influence ?? 'derived'}`;
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: 'power map', entityId: `${recordId}|${campaignId}`, action: 'updated', summary, details,
        about: { Campaign: [campaignId], [label]: [recordId] },
      } as ChangeEntry, at);
    });
    return this.powerMap(viewer, campaignId);
  }

  async setInfluence(viewer: Viewer, input: InfluenceInput): Promise<Influence> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record who influences whom.');
    if (input.fromId === input.personId) throw badInput('fromId', 'Choose someone other than the person influenced.');
    const from = await this.recordInScope(viewer, input.fromId, 'fromId');
    const person = await this.personInScope(viewer, input.personId);
    const label = labelOf(from.kind);
    const note = input.note ?? null;
    const at = now();
    await this.store.transaction(async (tx) => {
      const params = { fromId: from.id, personId: person.id };
      const [before] = await tx.run(PowerMapQueries.influence[label], params);
      const details: FieldChange[] = [];
      if (!before || before.strength !== input.strength) details.push({ field: 'strength', from: before ? String(before.strength) : null, to: String(input.strength) });
      // The note's words stay out of history (it may say personal things); history shows that it changed.
      if ((before?.note ?? null) !== note) details.push({ field: 'note', from: null, to: null });
      await tx.run(before ? PowerMapQueries.updateInfluence[label] : PowerMapQueries.createInfluence[label], { ...params, strength: input.strength, note, viewerId: viewer.accountId, now: at });
      await recordChange(tx, this.influenceChange(viewer, from, person.id, before ? 'updated' : 'created', `${from.name} influences ${person.name}: strength ${input.strength}`, details), at);
    });
    return { fromId: from.id, personId: person.id, strength: input.strength, note };
  }

  async removeInfluence(viewer: Viewer, fromId: string, personId: string): Promise<boolean> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record who influences whom.');
    const from = await this.recordInScope(viewer, fromId, 'fromId');
    const person = await this.personInScope(viewer, personId);
    const label = labelOf(from.kind);
    const removed = await this.store.transaction(async (tx) => {
      const [before] = await tx.run(PowerMapQueries.influence[label], { fromId, personId });
      if (!before) return false;
      await tx.run(PowerMapQueries.removeInfluence[label], { fromId, personId });
      await recordChange(tx, this.influenceChange(viewer, from, personId, 'deleted', `${from.name} no longer recorded as influencing ${person.name}`, [
        { field: 'strength', from: String(before.strength), to: null },
      ]));
      return true;
    });
    if (!removed) throw notFound('That influence');
    return true;
  }

  private influenceChange(viewer: Viewer, from: { id: string; kind: Kind }, personId: string, action: ChangeEntry['action'], summary: string, details: FieldChange[]): ChangeEntry {
    return {
      accountId: viewer.accountId, entityType: 'influence', entityId: `${from.id}|${personId}`, action, summary, details,
      about: from.kind === 'person' ? { Person: [from.id, personId] } : { Person: [personId], Organization: [from.id] },
    };
  }

  /** A person or organization in the viewer's regions; the same answer whether it is elsewhere or does not exist. */
  private async recordInScope(viewer: Viewer, id: string, field: string): Promise<{ id: string; kind: Kind; name: string }> {
    for (const label of RECORD_LABELS) {
      const [r] = await this.store.read(PowerMapQueries.record[label], { id });
      if (r && inRegion(viewer, r.region ?? '')) return { id, kind: label === 'Person' ? 'person' : 'organization', name: r.name ?? '' };
    }
    throw badInput(field, 'That person or organization was not found in your regions.');
  }

  private async personInScope(viewer: Viewer, id: string): Promise<{ id: string; name: string }> {
    const [r] = await this.store.read(PowerMapQueries.record.Person, { id });
    if (!r || !inRegion(viewer, r.region ?? '')) throw badInput('personId', 'That person was not found in your regions (only people are influenced).');
    return { id, name: r.name ?? '' };
  }
}

