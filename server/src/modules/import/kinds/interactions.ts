import { withMessages } from '../said-history.js';
import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldProblem } from '../../../common/app-error.js';
import { latestTodayAnywhere } from '../../../common/clock.js';
import { regionScope } from '../../../common/viewer.js';
import type { GraphTx } from '../../../graph/graph-store.port.js';
import { InteractionKind, LogInteractionInput } from '../../interactions/interaction.model.js';
import { KIND_WORDS, MEMBERSHIP_KINDS } from '../../interactions/interactions.service.js';
import { InteractionQueries } from '../../interactions/interactions.queries.js';
import { addContact, byScoreType, contactPairs, KIND_WEIGHT } from '../../interactions/tie-strength.js';
import { PersonKind } from '../../people/models/person.model.js';
import type { RowReport } from '../import-job.js';
import { ImportQueries as Q } from '../import.queries.js';
import { enumValue, splitList } from '../mapping.js';
import { InteractionImportQueries as IQ } from './interactions.queries.js';
import { problemsOf, type BatchPlan, type BatchRow, type ImportKindUnit, type KindContext, type KindRun } from './kind.js';
import { isoDate, PeopleFinder } from './people-finder.js';
import { keepListFacts } from '../../lists/person-facts.js';
import { becomeMembers, type Rec } from './records.js';

const KIND_ALIASES: Record<string, InteractionKind> = {
  '1_1': InteractionKind.ONE_TO_ONE, '1_ON_1': InteractionKind.ONE_TO_ONE, ONE_ON_ONE: InteractionKind.ONE_TO_ONE, '121': InteractionKind.ONE_TO_ONE,
  ONE_TO_ONES: InteractionKind.ONE_TO_ONE, RELATIONAL_MEETING: InteractionKind.ONE_TO_ONE, HOUSE: InteractionKind.HOUSE_MEETING,
  HOUSE_PARTY: InteractionKind.HOUSE_MEETING, RESEARCH: InteractionKind.RESEARCH_ACTION, TEAM: InteractionKind.TEAM_MEETING,
  CALL: InteractionKind.REGIONAL_CALL,
};

interface NewInteraction {
  id: string;
  kind: InteractionKind;
  date: string;
  notes: string | null;
  region: string;
  hostId: string | null;
  personIds: string[];
  organizationIds: string[];
  followUp: { text: string; dueDate: string | null } | null;
  summary: string;
}

/** The interaction's key: the same date, kind and people (host included) is the same meeting. */
const keyOf = (date: string, kind: string, ids: readonly string[]) => `${date}|${kind}|${[...new Set(ids)].sort().join(',')}`;

/**
 * Meetings (one-to-ones, house meetings...) with the rules of logging one by hand (modules/interactions): the
 * same validation, membership for attending a house meeting, team meeting, training or regional call, and the
 * same tie-strength arithmetic (contactPairs, addContact). A row whose date, kind and people match a logged
 * interaction is already in, so a second import adds nothing.
 */
export class InteractionsUnit implements ImportKindUnit {
  readonly kind = 'interactions' as const;

  async open(ctx: KindContext): Promise<KindRun> {
    const finder = await PeopleFinder.load(ctx, true);
    /** Keys of interactions logged, or created by this run (a dry run remembers what it would create). */
    const seen = new Map<string, string>();
    const loadedDates = new Set<string>();
    /** Dry run: people this run would make members. */
    const madeMembers = new Set<string>();

    const plan = async (rows: BatchRow[]): Promise<BatchPlan> => {
      const reports: RowReport[] = [];
      const news: NewInteraction[] = [];
      const candidates: Array<{ report: RowReport; n: NewInteraction }> = [];
      for (const row of rows) {
        const report: RowReport = { line: row.line, action: 'skip', name: '', problems: [] };
        reports.push(report);
        const n = await this.read(row.g, finder, report.problems);
        report.name = n ? n.summary : (row.g.get('date')?.[0] ?? '');
        if (!n || report.problems.length) continue;
        candidates.push({ report, n });
      }
      const dates = [...new Set(candidates.map((c) => c.n.date))].filter((d) => !loadedDates.has(d));
      if (dates.length) {
        const found = new Map<string, { date: string; kind: string; ids: string[] }>();
        for (const r of await ctx.store.read(IQ.onDates, { ...regionScope(ctx.viewer), dates })) {
          const e = found.get(String(r.id)) ?? { date: String(r.date), kind: String(r.kind), ids: [] };
          e.ids.push(String(r.personId));
          found.set(String(r.id), e);
        }
        for (const [id, e] of found) seen.set(keyOf(e.date, e.kind, e.ids), id);
        for (const d of dates) loadedDates.add(d);
      }
      for (const { report, n } of candidates) {
        const key = keyOf(n.date, n.kind, n.hostId ? [n.hostId, ...n.personIds] : n.personIds);
        const existing = seen.get(key);
        if (existing) {
          report.action = 'unchanged';
          report.id = existing;
          report.note = 'Already logged: the same date, kind and people.';
          continue;
        }
        seen.set(key, n.id);
        report.action = 'create';
        if (!ctx.dryRun) report.id = n.id;
        news.push(n);
      }
      // Membership: attending these kinds makes a person a member (as logging by hand does).
      const attending = [...new Set(news.filter((n) => MEMBERSHIP_KINDS.has(n.kind)).flatMap((n) => (n.hostId ? [n.hostId, ...n.personIds] : n.personIds)))];
      const records = attending.length ? (await ctx.store.read(Q.peopleByIds, { ids: attending })).map((r) => r.p) : [];
      const newMembers = records
        .filter((p) => !madeMembers.has(p.id) && !((p.kinds as string[]) ?? []).includes(PersonKind.MEMBER) && !((p.kinds as string[]) ?? []).includes(PersonKind.TARGET));
      if (ctx.dryRun) {
        for (const p of newMembers) madeMembers.add(p.id);
        return { reports };
      }
      if (!news.length) return { reports };
      const memberWords = new Map<string, string>();
      for (const n of news) {
        if (!MEMBERSHIP_KINDS.has(n.kind)) continue;
        for (const id of n.hostId ? [n.hostId, ...n.personIds] : n.personIds) if (!memberWords.has(id)) memberWords.set(id, KIND_WORDS[n.kind]);
      }
      return {
        reports,
        write: (tx, at) => this.write(tx, ctx, news, newMembers, memberWords, at),
      };
    };
    return { plan };
  }

  /** A row as the form's input, checked with the form's rules; null (and problems) when it cannot be logged. */
  private async read(g: Map<string, string[]>, finder: PeopleFinder, problems: FieldProblem[]): Promise<NewInteraction | null> {
    const text = (f: string) => g.get(f)?.[0] ?? null;
    const kindText = text('kind');
    const kind = kindText ? (KIND_ALIASES[kindText.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_')] ?? enumValue(kindText, Object.values(InteractionKind))) : InteractionKind.ONE_TO_ONE;
    const date = isoDate(text('date'));
    if (!date) problems.push({ field: 'date', message: 'Enter the date as YYYY-MM-DD, like 2024-03-15.' });
    else if (/^\d{4}-\d{2}-\d{2}$/.test(date) && date > latestTodayAnywhere()) problems.push({ field: 'date', message: 'The date is in the future: log a meeting once it has happened.' });
    let hostId: string | null = null;
    if (text('host')) {
      const h = finder.person(text('host')!);
      if (h.problem) problems.push({ field: 'host', message: h.problem });
      hostId = h.id ?? null;
    }
    const personIds: string[] = [];
    for (const token of (g.get('participants') ?? []).flatMap((c) => c.split(/[;\n]/)).flatMap((c) => (c.includes('@') ? splitList(c) : [c.trim()])).filter(Boolean)) {
      const p = finder.person(token);
      if (p.problem) problems.push({ field: 'participants', message: p.problem });
      else if (p.id !== hostId && !personIds.includes(p.id!)) personIds.push(p.id!);
    }
    const organizationIds: string[] = [];
    for (const token of (g.get('organizations') ?? []).flatMap((c) => c.split(/[;\n]/)).map((s) => s.trim()).filter(Boolean)) {
      const o = finder.organization(token);
      if (o.problem) problems.push({ field: 'organizations', message: o.problem });
      else if (!organizationIds.includes(o.id!)) organizationIds.push(o.id!);
    }
    if (!personIds.length && !problems.some((p) => p.field === 'participants')) problems.push({ field: 'participants', message: 'Choose who you met.' });
    const followUpText = g.get('followUp')?.join('\n') ?? null;
    const input = plainToInstance(LogInteractionInput, {
      kind, date, hostPersonId: hostId, personIds, organizationIds, notes: g.get('notes')?.join('\n') ?? null,
      followUps: followUpText ? [{ text: followUpText, dueDate: isoDate(text('followUpDue')) }] : [],
    });
    const words = Object.values(InteractionKind).includes(kind as InteractionKind) ? KIND_WORDS[kind as InteractionKind] : String(kind);
    const names = [hostId, ...personIds].filter((x): x is string => !!x).map((id) => finder.name(id));
    const summary = `${date ?? ''} ${words}: ${names.join(', ')}`.trim();
    // The form's rules (kind, date, notes, follow-up text and due date).
    for (const p of problemsOf(await validate(input, { forbidUnknownValues: false }))) {
      const field = p.field === 'personIds' ? 'participants' : p.field === 'hostPersonId' ? 'host' : p.field === 'dueDate' ? 'followUpDue' : p.field === 'text' ? 'followUp' : p.field;
      if (!problems.some((x) => x.field === field)) problems.push({ field, message: p.message });
    }
    if (problems.length) return { summary } as NewInteraction;
    const f = input.followUps?.[0];
    return {
      id: randomUUID(), kind: input.kind, date: input.date!, notes: input.notes ?? null, region: finder.region(hostId ?? personIds[0]) ?? '',
      hostId, personIds, organizationIds, followUp: f ? { text: f.text, dueDate: f.dueDate ?? null } : null, summary,
    };
  }

  private async write(tx: GraphTx, ctx: KindContext, news: NewInteraction[], newMembers: Rec[], memberWords: Map<string, string>, at: string): Promise<Set<string>> {
    const params = { now: at, accountId: ctx.viewer.accountId, importId: ctx.importId };
    await tx.run(IQ.create, { ...params, rows: news.map((n) => ({ id: n.id, kind: n.kind, date: n.date, notes: n.notes, region: n.region })) });
    await tx.run(IQ.participants, { ...params, rows: news.flatMap((n) => [
      ...(n.hostId ? [{ interactionId: n.id, personId: n.hostId, host: true }] : []),
      ...n.personIds.map((personId) => ({ interactionId: n.id, personId, host: false })),
    ]) });
    await keepListFacts(tx, news.flatMap((n) => (n.hostId ? [n.hostId, ...n.personIds] : n.personIds)), { meetings: true });
    const spoke = news.flatMap((n) => n.organizationIds.map((organizationId) => ({ interactionId: n.id, organizationId })));
    if (spoke.length) await tx.run(IQ.spokeFor, { ...params, rows: spoke });
    const followUps = news.filter((n) => n.followUp).map((n) => ({ id: randomUUID(), interactionId: n.id, text: n.followUp!.text, dueDate: n.followUp!.dueDate, region: n.region }));
    if (followUps.length) await tx.run(IQ.followUps, { ...params, rows: followUps });
    // Tie strength: every contact of the batch applied in order, as logging them one by one would.
    const contacts = news.flatMap((n) => contactPairs(n.hostId, n.hostId ? [n.hostId, ...n.personIds] : n.personIds, KIND_WEIGHT[n.kind]).map((p) => ({ ...p, date: n.date })));
    if (contacts.length) {
      const pairs = [...new Map(contacts.map((c) => [`${c.a}|${c.b}`, { a: c.a, b: c.b }])).values()];
      const current = await tx.run(IQ.touchTies, { ...params, pairs });
      const state = new Map(current.map((r) => [`${r.a}|${r.b}`, {
        a: String(r.a), b: String(r.b), score: r.score == null ? null : { score: Number(r.score), scoreAt: String(r.scoreAt) },
        lastContact: r.lastContact ? String(r.lastContact) : null, interactions: Number(r.interactions ?? 0),
      }]));
      for (const c of contacts) {
        const s = state.get(`${c.a}|${c.b}`);
        if (!s) continue;
        s.score = addContact(s.score, c.weight, c.date);
        if (!s.lastContact || c.date > s.lastContact) s.lastContact = c.date;
        s.interactions += 1;
      }
      const rows = [...state.values()].map((s) => ({
        a: s.a, b: s.b, score: s.score?.score ?? null, scoreAt: s.score?.scoreAt ?? null, lastContact: s.lastContact, interactions: s.interactions,
      }));
      for (const part of byScoreType(rows)) await tx.run(InteractionQueries.setTieScores, { rows: part });
    }
    await becomeMembers(tx, ctx, newMembers, at, (id) => `Became a member by attending a ${memberWords.get(id) ?? 'meeting'} (imported)`);
    const history = news.map((n) => ({ id: randomUUID(), entityId: n.id, summary: `${KIND_WORDS[n.kind][0].toUpperCase()}${KIND_WORDS[n.kind].slice(1)} on ${n.date} imported` }));
    await tx.run(IQ.history, { ...params, rows: withMessages(history) });
    await tx.run(IQ.historyPeople, { rows: history.flatMap((h, i) => (news[i].hostId ? [news[i].hostId!, ...news[i].personIds] : news[i].personIds).map((personId) => ({ changeId: h.id, personId }))) });
    return new Set();
  }
}
