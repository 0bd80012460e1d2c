import { searchFold, searchText, sortKeyOf } from '../common/pagination.js';
import { digitsOf } from '../common/input.js';

/**
 * A demo coalition: three regions, partner organizations, affiliate groups and institutions, a few
 * hundred people with ties among them. Deterministic (seeded), so every fresh start looks the same.
 * All names, emails (example.org) and phone numbers (555-01xx) are fictional.
 */
export const DEMO_PASSWORD = 'organize-together';
export const DEMO_ADMIN_EMAIL = 'admin@demo.example.org';

function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'James', 'Aisha', 'Luis', 'Keisha', 'Tran', 'Fatima', 'Daniel', 'Rosa', 'Marcus', 'Priya', 'Jamal', 'Elena', 'Kwame', 'Sofia', 'Andre', 'Mei', 'Carlos', 'Nia', 'Omar', 'Grace', 'Diego', 'Imani', 'Hyun', 'Ana', 'Tyrone', 'Leila', 'Jorge', 'Destiny', 'Samir', 'Lucia', 'Devon', 'Amara', 'Victor', 'Yesenia', 'Malik', 'Hana', 'Ricardo', 'Zoe', 'Ibrahim'];
const LAST = ['Garcia', 'Johnson', 'Nguyen', 'Williams', 'Hernandez', 'Brown', 'Ali', 'Martinez', 'Davis', 'Lopez', 'Okafor', 'Kim', 'Rodriguez', 'Jackson', 'Patel', 'Thomas', 'Gonzalez', 'Washington', 'Chen', 'Rivera', 'Hassan', 'Moore', 'Perez', 'Robinson', 'Flores', 'Mensah', 'Ramirez', 'Lee', 'Torres', 'Walker'];

const REGIONS = [
  { id: 'region-great-lakes', name: 'Great Lakes', city: 'Chicago', zips: ['60608', '60609', '60612', '60614', '60617', '60623', '60629', '60632', '60636', '60644'] },
  { id: 'region-gulf-coast', name: 'Gulf Coast', city: 'Houston', zips: ['77002', '77004', '77009', '77011', '77016', '77021', '77026', '77033', '77036', '77081'] },
  { id: 'region-pacific-nw', name: 'Pacific Northwest', city: 'Seattle', zips: ['98101', '98104', '98106', '98108', '98118', '98122', '98126', '98144', '98168', '98178'] },
];

const ISSUES = ['education equity', 'school funding', 'policing', 'immigration justice', 'housing', 'surveillance', 'transit', 'healthcare', 'climate justice', 'wages'];
const CONTEXTS = ['one-to-one', 'house meeting', 'neighbors', 'same school', 'coworkers', 'congregation', 'training', 'issue action team', 'research action', 'union'];
const TAGS = ['parent', 'teacher', 'student', 'faith', 'spanish-speaking', 'volunteer', 'donor', 'youth', 'retired', 'bilingual'];

export interface DemoOrganizing {
  teams: Array<Record<string, unknown>>;
  teamMembers: Array<{ personId: string; teamId: string; since: string }>;
  issues: Array<Record<string, unknown>>;
  narrows: Array<{ fromId: string; toId: string }>;
  assemblies: Array<Record<string, unknown>>;
  decisions: Array<{ assemblyId: string; issueId: string; outcome: string; notes: string }>;
  campaigns: Array<Record<string, unknown>>;
  campaignLinks: { issue: Array<{ campaignId: string; id: string }>; targetPerson: Array<{ campaignId: string; id: string }>; team: Array<{ campaignId: string; id: string }> };
  approvals: Array<{ campaignId: string; teamId: string; at: string }>;
  partners: Array<{ organizationId: string; campaignId: string }>;
  roles: { Campaign: RoleRow[]; Team: RoleRow[]; Organization: RoleRow[] };
  mous: Array<{ id: string; status: string; sentOn: string | null; signedOn: string | null; areaMiles: number }>;
  races: Array<Record<string, unknown>>;
  candidates: Array<{ id: string; raceId: string; name: string; party: string }>;
  campaignAsks: Array<Record<string, unknown>>;
  candidateAsks: Array<Record<string, unknown>>;
  assessments: Array<{ id: string; personId: string; theme: string; level: number; assessedOn: string; notes: string }>;
  mentors: Array<{ mentorId: string; menteeId: string; since: string }>;
}

interface RoleRow {
  personId: string;
  targetId: string;
  id: string;
  role: string;
  organizationId: string | null;
  startDate: string;
}

export interface DemoData {
  regions: Array<{ id: string; name: string }>;
  organizations: Array<Record<string, unknown>>;
  people: Array<Record<string, unknown>>;
  knows: Array<{ fromId: string; toId: string; strength: number; context: string; since: string; until: string; lastContact: string }>;
  affiliations: Record<'MEMBER_OF' | 'WORKS_AT' | 'LEADS', Array<{ personId: string; organizationId: string; since: string; title: string }>>;
  organizing: DemoOrganizing;
}

/**
 * Dates of the demo are relative to the day it is loaded. The demo was written in 2026: a date written as 2024-09-01
 * is two years before the load year; `daysAgo`/`daysAhead` place recent and coming things around the load day.
 */
export interface DemoCalendar {
  /** YYYY-MM-DD, the load day (UTC). */
  today: string;
  /** The same month and day, in the year that stands where `year` stood in 2026. */
  shift(date: string): string;
  /** A year that stands where `year` stood in 2026. */
  year(year: number): number;
  daysAgo(days: number): string;
}

export function demoCalendar(now: string): DemoCalendar {
  const today = now.slice(0, 10);
  const offset = Number(today.slice(0, 4)) - 2026;
  const shift = (date: string) => {
    const y = Number(date.slice(0, 4)) + offset;
    const rest = date.slice(4);
    // 29 February of a year that is no longer a leap year.
    return rest.startsWith('-02-29') && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? `${y}-02-28${rest.slice(6)}` : `${y}${rest}`;
  };
  const daysAgo = (days: number) => new Date(Date.parse(today) - days * 86_400_000).toISOString().slice(0, 10);
  return { today, shift, year: (y) => y + offset, daysAgo };
}

export function demoData(createdBy: string, now: string, peoplePerRegion = 100): DemoData {
  const rand = rng(20170305);
  const cal = demoCalendar(now);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const some = <T>(xs: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(xs)))];
  const date = (from: number, to: number) => {
    const y = cal.year(from + Math.floor(rand() * (to - from + 1)));
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const audit = { createdBy, createdAt: now, updatedAt: now, version: 1 };

  const organizations: DemoData['organizations'] = [];
  const people: DemoData['people'] = [];
  const knows: DemoData['knows'] = [];
  const affiliations: DemoData['affiliations'] = { MEMBER_OF: [], WORKS_AT: [], LEADS: [] };

  REGIONS.forEach((region, r) => {
    const orgSpecs: Array<[string, string, string[]]> = [
      ['PARTNER', `${region.city} Parents United`, ['POC_LED']],
      ['PARTNER', `${region.city} Immigrant Rights Coalition`, ['IMMIGRANT_LED', 'POC_LED']],
      ['PARTNER', `Queer & Trans Youth Collective of ${region.city}`, ['QUEER_TRANS_LED']],
      ['PARTNER', `${region.city} Tenants Union`, []],
      ['PARTNER', `${region.city} Faith in Action`, ['POC_LED']],
      ['PARTNER', `${region.city} Teachers for Justice`, []],
      ['AFFILIATE_GROUP', `Our Revolution ${region.city} North`, []],
      ['AFFILIATE_GROUP', `Our Revolution ${region.city} South`, []],
      ['AFFILIATE_GROUP', `${region.name} Education Equity Chapter`, []],
      ['AFFILIATE_GROUP', `${region.city} Westside Local`, ['POC_LED']],
      ['INSTITUTION', `${region.city} Board of Education`, []],
      ['INSTITUTION', `${region.city} City Council`, []],
    ];
    const orgIds: string[] = [];
    orgSpecs.forEach(([type, name, ledBy], i) => {
      const id = `demo-org-${r}-${i}`;
      const zip = pick(region.zips);
      const issueAreas = type === 'INSTITUTION' ? ['education equity'] : some(ISSUES, 3).concat(pick(ISSUES)).filter((v, k, a) => a.indexOf(v) === k);
      orgIds.push(id);
      organizations.push({
        id, name, sortKey: sortKeyOf(name, id), searchPublic: searchFold(searchText([name, zip, ...issueAreas])),
        type, issueAreas, ledBy, zip, region: region.id,
        website: `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example.org`,
        notes: type === 'INSTITUTION' ? 'Target institution.' : `Point of contact met at the ${region.name} regional call.`,
        ...audit,
      });
    });

    const ids: string[] = [];
    for (let i = 0; i < peoplePerRegion; i++) {
      const id = `demo-person-${r}-${i}`;
      const first = pick(FIRST);
      const last = pick(LAST);
      const name = `${first} ${last}`;
      const zip = pick(region.zips);
      const kinds = i < 4 ? ['TARGET'] : i < 16 ? ['MEMBER', 'LEADER'] : i < 30 ? ['ALLY'] : ['MEMBER'];
      const emails = [`${first}.${last}.${r}${i}@example.org`.toLowerCase()];
      const phones = [`(555) 01${String((r * 37 + i) % 100).padStart(2, '0')}-${String(1000 + i * 7 + r).slice(-4)}`];
      ids.push(id);
      people.push({
        id, name, sortKey: sortKeyOf(name, id), searchPublic: searchFold(searchText([name, zip])),
        searchContact: searchText([...emails, ...phones.map(digitsOf)]),
        emails, phones, zip, region: region.id, kinds, tags: some(TAGS, 2),
        notes: i < 4 ? `Decision-maker at the ${region.city} Board of Education.` : '',
        assignees: [], ...audit,
      });
    }

    // Ties: mostly within the region, clustered around leaders; a few bridges to other regions.
    ids.forEach((id, i) => {
      const degree = i < 16 ? 8 : 3;
      for (let k = 0; k < degree; k++) {
        const other = ids[Math.floor(rand() * ids.length)];
        if (other !== id) knows.push(tie(id, other));
      }
    });
    for (let k = 0; k < 4; k++) knows.push(tie(ids[4 + k], `demo-person-${(r + 1) % REGIONS.length}-${4 + k}`));

    ids.forEach((id, i) => {
      const memberOf = orgIds[6 + Math.floor(rand() * 4)];
      affiliations.MEMBER_OF.push({ personId: id, organizationId: memberOf, since: date(2016, 2025), title: '' });
      if (i < 4) affiliations.WORKS_AT.push({ personId: id, organizationId: orgIds[10 + (i % 2)], since: date(2010, 2022), title: i % 2 ? 'Council member' : 'Board member' });
      else if (i < 16) affiliations.LEADS.push({ personId: id, organizationId: orgIds[(i - 4) % 10], since: date(2018, 2025), title: 'Co-chair' });
      else if (i < 40) affiliations.WORKS_AT.push({ personId: id, organizationId: orgIds[Math.floor(rand() * 6)], since: date(2015, 2025), title: 'Organizer' });
    });
  });

  function tie(a: string, b: string) {
    const [fromId, toId] = a < b ? [a, b] : [b, a];
    return { fromId, toId, strength: 1 + Math.floor(rand() * 5), context: pick(CONTEXTS), since: date(2012, 2025), until: '', lastContact: '' };
  }
  // One tie per pair (the generator may draw a pair twice).
  const seen = new Set<string>();
  const unique = knows.filter((k) => !seen.has(`${k.fromId}|${k.toId}`) && !!seen.add(`${k.fromId}|${k.toId}`));
  // Some ties ended (so a network map as of a date, and its changes, have something to show): every ninth tie
  // that began before 2024 ended in 2024 ('' = still going). No random draw, so the rest of the demo is unchanged.
  unique.forEach((k, i) => {
    k.until = i % 9 === 4 && k.since < cal.shift('2024-01-01') ? cal.shift(`2024-${String(1 + (i % 12)).padStart(2, '0')}-15`) : '';
  });
  // Last contact (a draw of its own, so the rest of the demo is unchanged): most ties were in touch in the last two
  // months; about one in twenty, leaders' among them, has gone quiet for four months to a year (the Gaps page's "going
  // cold" list); ended ties last met when they ended.
  const contact = rng(20261207);
  for (const k of unique) {
    const quiet = contact() < 0.05;
    const days = quiet ? 120 + Math.floor(contact() * 240) : 2 + Math.floor(contact() * 58);
    const last = k.until || cal.daysAgo(days);
    k.lastContact = last < k.since ? k.since : last;
  }
  const spanish = spanishSpeakers(createdBy, now, cal);
  people.push(...spanish.people);
  unique.push(...spanish.knows);
  for (const kind of ['MEMBER_OF', 'WORKS_AT', 'LEADS'] as const) affiliations[kind].push(...spanish.affiliations[kind]);

  return { regions: REGIONS.map(({ id, name }) => ({ id, name })), organizations, people, knows: unique, affiliations, organizing: organizing(createdBy, now, cal) };
}

/**
 * Per region: a regional strategy team, two issue action teams and an affiliate group; a broad issue area
 * prioritized by a spring Issue Assembly and a specific issue narrowed from it; one campaign mobilizing (every
 * gate condition met, roles held, one partner still without a connector) and one proposed, waiting for its RST.
 */
function organizing(createdBy: string, now: string, cal: DemoCalendar): DemoOrganizing {
  const o: DemoOrganizing = {
    teams: [], teamMembers: [], issues: [], narrows: [], assemblies: [], decisions: [], campaigns: [],
    campaignLinks: { issue: [], targetPerson: [], team: [] }, approvals: [], partners: [], roles: { Campaign: [], Team: [], Organization: [] },
    mous: [], races: [], candidates: [], campaignAsks: [], candidateAsks: [], assessments: [], mentors: [],
  };
  const audit = { createdBy, createdAt: now, updatedAt: now, version: 1 };
  const person = (r: number, i: number) => `demo-person-${r}-${i}`;
  let roleSeq = 0;
  const role = (target: keyof DemoOrganizing['roles'], personId: string, targetId: string, kind: string, organizationId: string | null = null) =>
    o.roles[target].push({ personId, targetId, id: `demo-role-${++roleSeq}`, role: kind, organizationId, startDate: cal.shift('2025-01-15') });

  REGIONS.forEach((region, r) => {
    const t = (k: string) => `demo-team-${r}-${k}`;
    const teams: Array<[string, string, string]> = [
      [t('rst'), `${region.name} Regional Strategy Team`, 'REGIONAL_STRATEGY_TEAM'],
      [t('iat-schools'), `${region.city} School Funding Issue Action Team`, 'ISSUE_ACTION_TEAM'],
      [t('iat-policing'), `${region.city} Policing & Surveillance Issue Action Team`, 'ISSUE_ACTION_TEAM'],
      [t('affiliate'), `Our Revolution ${region.city} North`, 'AFFILIATE_GROUP'],
    ];
    for (const [id, name, kind] of teams) o.teams.push({ id, name, sortKey: sortKeyOf(name, id), kind, region: region.id, notes: '', ...audit });
    [4, 5, 6, 7, 8].forEach((i) => o.teamMembers.push({ personId: person(r, i), teamId: t('rst'), since: cal.shift('2024-09-01') }));
    [8, 9, 10, 11, 20, 21, 22, 23].forEach((i) => o.teamMembers.push({ personId: person(r, i), teamId: t('iat-schools'), since: cal.shift('2024-10-01') }));
    [12, 13, 14, 24, 25, 26].forEach((i) => o.teamMembers.push({ personId: person(r, i), teamId: t('iat-policing'), since: cal.shift('2024-10-01') }));
    role('Team', person(r, 8), t('iat-schools'), 'CO_CHAIR');
    role('Team', person(r, 9), t('iat-schools'), 'CO_CHAIR');
    role('Team', person(r, 12), t('iat-policing'), 'CO_CHAIR');

    const i = (k: string) => `demo-issue-${r}-${k}`;
    const issues: Array<[string, string, string, string]> = [
      [i('education'), 'Education equity', 'BROAD_AREA', 'Schools in our neighborhoods get less: counselors, buildings, books.'],
      [i('counselors'), `Restore counselor funding in ${region.city} public schools`, 'SPECIFIC_ISSUE', 'Specific, immediate, winnable: the board votes on the budget in spring.'],
      [i('policing'), 'Policing and surveillance', 'BROAD_AREA', 'Surveillance of students and families.'],
      [i('cameras'), `End facial recognition cameras in ${region.city} schools`, 'SPECIFIC_ISSUE', 'A contract renewal is coming up.'],
    ];
    for (const [id, name, scope, description] of issues) o.issues.push({ id, name, sortKey: sortKeyOf(name, id), scope, description, region: region.id, ...audit });
    o.narrows.push({ fromId: i('counselors'), toId: i('education') }, { fromId: i('cameras'), toId: i('policing') });
    const assembly = `demo-assembly-${r}`;
    o.assemblies.push({ id: assembly, name: `${region.name} Spring Issue Assembly`, date: cal.shift('2025-03-08'), region: region.id, notes: '140 members voted.', ...audit });
    o.decisions.push({ assemblyId: assembly, issueId: i('education'), outcome: 'PRIORITIZED', notes: 'First priority by a wide margin.' });
    o.decisions.push({ assemblyId: assembly, issueId: i('policing'), outcome: 'NOT_PRIORITIZED', notes: 'Revisit in the fall.' });

    const c1 = `demo-campaign-${r}-counselors`;
    const c2 = `demo-campaign-${r}-cameras`;
    const c1Name = `Counselors, not cuts (${region.city})`;
    const c2Name = `No cameras in our schools (${region.city})`;
    o.campaigns.push({
      id: c1, name: c1Name, sortKey: sortKeyOf(c1Name, c1), status: 'MOBILIZING', region: region.id,
      theoryOfChange: 'The board president faces re-election in a district of school parents; a packed hearing and 1,000 parent signatures make cutting counselors costlier than restoring them.',
      actionProposal: 'Turn out 300 parents and students to the March budget hearing; deliver signatures; meet the president with partner organizations.', ...audit,
    });
    o.campaigns.push({
      id: c2, name: c2Name, sortKey: sortKeyOf(c2Name, c2), status: 'PROPOSED', region: region.id,
      theoryOfChange: 'The contract renewal needs a council vote; council members respond to coalitions of parents and faith leaders.',
      actionProposal: 'Research action with the immigrant rights coalition; testimony at the council hearing.', ...audit,
    });
    o.campaignLinks.issue.push({ campaignId: c1, id: i('counselors') }, { campaignId: c2, id: i('cameras') });
    o.campaignLinks.targetPerson.push({ campaignId: c1, id: person(r, 0) }, { campaignId: c2, id: person(r, 1) });
    o.campaignLinks.team.push({ campaignId: c1, id: t('iat-schools') }, { campaignId: c2, id: t('iat-policing') });
    o.approvals.push({ campaignId: c1, teamId: t('rst'), at: cal.shift('2025-03-20T18:00:00.000Z') });
    o.partners.push(
      { organizationId: `demo-org-${r}-0`, campaignId: c1 },
      { organizationId: `demo-org-${r}-5`, campaignId: c1 },
      { organizationId: `demo-org-${r}-1`, campaignId: c2 },
    );
    role('Campaign', person(r, 10), c1, 'CONNECTOR', `demo-org-${r}-0`);
    role('Campaign', person(r, 20), c1, 'GATHERER');
    role('Campaign', person(r, 21), c1, 'GATHERER');
    role('Campaign', person(r, 11), c1, 'FACILITATOR');
    role('Campaign', person(r, 13), c2, 'FACILITATOR');
    [6, 7, 8, 9].forEach((k) => role('Organization', person(r, 16 + k), `demo-org-${r}-${k}`, 'POINT_OF_CONTACT'));

    // Affiliate groups' MOUs (seed 002): two signed, one sent and waiting, one not sent yet.
    o.mous.push(
      { id: `demo-org-${r}-6`, status: 'SIGNED', sentOn: cal.shift('2024-01-10'), signedOn: cal.shift('2024-02-01'), areaMiles: 8 },
      { id: `demo-org-${r}-7`, status: 'SIGNED', sentOn: cal.shift('2024-03-05'), signedOn: cal.shift('2024-03-20'), areaMiles: 8 },
      { id: `demo-org-${r}-8`, status: 'SENT', sentOn: cal.daysAgo(45 + 10 * r), signedOn: null, areaMiles: 25 },
      { id: `demo-org-${r}-9`, status: 'NONE', sentOn: null, signedOn: null, areaMiles: 5 },
    );

    // Endorsement asks for the mobilizing campaign, at every stage; one for the proposed campaign (not endorsable yet).
    const ask = (k: number, targetId: string, organization: number, status: string, askerIndex: number, nextStep: string) => o.campaignAsks.push({
      id: `demo-ask-${r}-${k}`, organizationId: `demo-org-${r}-${organization}`, targetId, askerId: person(r, askerIndex), status, nextStep,
      notes: '', askedOn: status === 'TO_ASK' ? null : cal.daysAgo(12 + 9 * k), decidedOn: status === 'ENDORSED' || status === 'DECLINED' ? cal.daysAgo(6 + k) : null,
      region: REGIONS[r].id, ...audit,
    });
    ask(1, c1, 0, 'ENDORSED', 10, 'Add their logo to the sign-on letter');
    ask(2, c1, 5, 'CONSIDERING', 10, 'Their board votes at the next monthly meeting');
    ask(3, c1, 3, 'ASKED', 10, 'Follow up with their lead organizer next week');
    ask(4, c1, 2, 'TO_ASK', 10, 'Share the campaign plan at a one-to-one');
    ask(5, c2, 1, 'ASKED', 13, 'Wait for the Issue Assembly before any endorsement');

    // A race, with candidate endorsements by the region's affiliate groups: in Great Lakes three of four back the
    // same candidate (a majority) and one backs the opponent (flagged); elsewhere no majority yet.
    const race = `demo-race-${r}`;
    const raceName = `State Senate District ${r + 3} (${region.city})`;
    o.races.push({ id: race, name: raceName, sortKey: raceName.toLowerCase(), electionDate: cal.daysAgo(-(330 + 7 * r)), zip: region.zips[3], areaMiles: 20, region: region.id, ...audit });
    o.candidates.push(
      { id: `${race}-a`, raceId: race, name: ['Alicia Moreno', 'Darnell Hayes', 'Soo-jin Park'][r], party: 'Democratic' },
      { id: `${race}-b`, raceId: race, name: ['Brett Collins', 'Randall Pierce', 'Mark Olsen'][r], party: 'Republican' },
    );
    const backers: Array<[number, string]> = r === 0 ? [[6, 'a'], [7, 'a'], [8, 'a'], [9, 'b']] : [[6, 'a'], [7, 'b']];
    backers.forEach(([g, c], k) => o.candidateAsks.push({
      id: `demo-cask-${r}-${k}`, organizationId: `demo-org-${r}-${g}`, targetId: `${race}-${c}`, status: 'ENDORSED', nextStep: '', notes: '',
      askedOn: cal.daysAgo(75 + 5 * k), decidedOn: cal.daysAgo(50 + 3 * k), region: region.id, ...audit,
    }));

    // Leadership (seed 004): leaders assessed on a few themes, some twice; mentors for emerging leaders.
    const themes = ['ORGANIZING_PRACTICE', 'COMMUNITY_PARTNERSHIPS', 'STRATEGIC_PLANNING', 'COLLECTIVE_ACTION', 'GROWTH', 'LEADER_DEVELOPMENT'];
    for (let k = 4; k < 16; k++) {
      themes.forEach((theme, t) => {
        if ((k + t) % 3 === 0) return;
        const level = 1 + ((k + t) % 3);
        o.assessments.push({ id: `demo-assess-${r}-${k}-${t}`, personId: person(r, k), theme, level, assessedOn: cal.shift('2025-06-15'), notes: '' });
        if (level > 1) o.assessments.push({ id: `demo-assess-${r}-${k}-${t}-0`, personId: person(r, k), theme, level: level - 1, assessedOn: cal.shift('2024-06-15'), notes: '' });
      });
    }
    o.mentors.push(
      { mentorId: person(r, 4), menteeId: person(r, 16), since: cal.shift('2024-09-01') },
      { mentorId: person(r, 4), menteeId: person(r, 17), since: cal.shift('2025-01-10') },
      { mentorId: person(r, 8), menteeId: person(r, 20), since: cal.shift('2025-02-01') },
    );
  });
  return o;
}

export const DEMO_ACCOUNTS = [
  { email: DEMO_ADMIN_EMAIL, displayName: 'Demo Admin', role: 'ADMIN', regions: [] as string[], allRegions: true },
  { email: 'staff@demo.example.org', displayName: 'Demo National Staff', role: 'STAFF', regions: [] as string[], allRegions: true },
  { email: 'leader@demo.example.org', displayName: 'Demo Regional Leader', role: 'LEADER', regions: ['region-great-lakes'], allRegions: false },
  { email: 'connector@demo.example.org', displayName: 'Demo Connector', role: 'CONNECTOR', regions: ['region-great-lakes'], allRegions: false },
] as const;

/** The demo leader and connector are people in the graph too ("me"): what they log defaults to them. */
export const DEMO_ACCOUNT_PEOPLE = [
  { email: 'leader@demo.example.org', personId: 'demo-person-0-8' },
  { email: 'connector@demo.example.org', personId: 'demo-person-0-10' },
] as const;

const ES_FIRST = ['María José', 'José Luis', 'Ana Lucía', 'Jesús', 'Guadalupe', 'Andrés', 'Inés', 'Ramón', 'Sofía', 'Héctor', 'Verónica', 'Raúl'];
const ES_LAST = ['Peña', 'Ramírez', 'Muñoz', 'Córdova', 'Ibáñez', 'Gutiérrez', 'Núñez', 'Domínguez', 'Sánchez', 'Álvarez', 'Pérez', 'Ortiz', 'Castañeda'];
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '');

/**
 * Per region, twelve members of the city's immigrant rights coalition (an immigrant-led partner) who work in Spanish:
 * names with accents and two surnames, tagged spanish-speaking, led by one of them, tied to each other and, through
 * three people, to the rest of the region. Built without random draws, after the rest, so it changes nothing else.
 */
function spanishSpeakers(createdBy: string, now: string, cal: DemoCalendar) {
  const audit = { createdBy, createdAt: now, updatedAt: now, version: 1 };
  const people: Array<Record<string, unknown>> = [];
  const knows: DemoData['knows'] = [];
  const affiliations: DemoData['affiliations'] = { MEMBER_OF: [], WORKS_AT: [], LEADS: [] };
  const tie = (a: string, b: string, strength: number, context: string, sinceDays: number, lastDays: number) => {
    const [fromId, toId] = a < b ? [a, b] : [b, a];
    knows.push({ fromId, toId, strength, context, since: cal.daysAgo(sinceDays), until: '', lastContact: cal.daysAgo(lastDays) });
  };
  REGIONS.forEach((region, r) => {
    const org = `demo-org-${r}-1`;
    const id = (k: number) => `demo-person-${r}-es-${k}`;
    for (let k = 0; k < 12; k++) {
      const first = ES_FIRST[(k + 5 * r) % ES_FIRST.length];
      const a = ES_LAST[(3 * k + r) % ES_LAST.length];
      const second = ES_LAST[(5 * k + r + 7) % ES_LAST.length];
      const b = second === a ? ES_LAST[(5 * k + r + 8) % ES_LAST.length] : second;
      const name = `${first} ${a} ${b}`;
      const zip = region.zips[(3 * k + r) % region.zips.length];
      const emails = [`${ascii(first)}.${ascii(a)}.${r}es${k}@example.org`.toLowerCase()];
      const phones = [`(555) 02${String(12 * r + k).padStart(2, '0')}-${String(4000 + 13 * k + r)}`];
      const tags = ['spanish-speaking', ...(k % 3 === 0 ? ['parent'] : []), ...(k % 4 === 1 ? ['bilingual'] : [])];
      people.push({
        id: id(k), name, sortKey: sortKeyOf(name, id(k)), searchPublic: searchFold(searchText([name, zip])),
        searchContact: searchText([...emails, ...phones.map(digitsOf)]),
        emails, phones, zip, region: region.id, kinds: k === 0 ? ['MEMBER', 'LEADER'] : ['MEMBER'], tags,
        notes: k === 0 ? 'Coordina el comité de padres. Prefiere reuniones en español.' : 'Prefiere hablar en español.',
        assignees: [], ...audit,
      });
      if (k === 0) affiliations.LEADS.push({ personId: id(k), organizationId: org, since: cal.daysAgo(900), title: 'Coordinadora' });
      else if (k < 3) affiliations.WORKS_AT.push({ personId: id(k), organizationId: org, since: cal.daysAgo(500 + 30 * k), title: 'Organizadora comunitaria' });
      else affiliations.MEMBER_OF.push({ personId: id(k), organizationId: org, since: cal.daysAgo(120 + 40 * k), title: '' });
    }
    for (let k = 0; k < 12; k++) {
      tie(id(k), id((k + 1) % 12), 2 + (k % 3), k % 2 ? 'congregation' : 'neighbors', 300 + 20 * k, 3 + 4 * k);
      if (k % 3 === 0) tie(id(k), id((k + 4) % 12), 3, 'house meeting', 200 + 10 * k, 5 + 3 * k);
    }
    // Their links to the rest of the region: the coordinator, and two bilingual members.
    tie(id(0), `demo-person-${r}-5`, 4, 'one-to-one', 700, 9);
    tie(id(1), `demo-person-${r}-33`, 3, 'same school', 400, 20);
    tie(id(5), `demo-person-${r}-41`, 2, 'coworkers', 350, 34);
  });
  return { people, knows, affiliations };
}
