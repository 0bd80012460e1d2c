import { Injectable } from '@nestjs/common';
import { forbidden } from '../../common/app-error.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import type { OrganizationDuplicate, PersonDuplicate } from './dedupe.model.js';
import { DedupeRepository } from './dedupe.repository.js';
import { normalizeName, normalizeOrganizationName, phoneKey, similarNames, websiteHost, zip5 } from './similarity.js';

/** Collects pairs found through shared keys, with every reason each pair was found. */
class Pairs {
  private readonly found = new Map<string, { a: string; b: string; reasons: Set<string>; score: number }>();
  add(x: string, y: string, reason: string, weight: number): void {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}|${b}`;
    const pair = this.found.get(key) ?? { a, b, reasons: new Set<string>(), score: 0 };
    if (!pair.reasons.has(reason)) {
      pair.reasons.add(reason);
      pair.score += weight;
    }
    this.found.set(key, pair);
  }
  /** Every pair of ids that share a key (groups larger than `cap` are skipped: a shared office phone is not a person). */
  addGroups(groups: Map<string, string[]>, reason: string, weight: number, cap = 20): void {
    for (const ids of groups.values()) {
      if (ids.length < 2 || ids.length > cap) continue;
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) this.add(ids[i], ids[j], reason, weight);
    }
  }
  sorted(limit: number) {
    return [...this.found.values()].sort((p, q) => q.score - p.score || p.a.localeCompare(q.a)).slice(0, limit);
  }
}

const group = (map: Map<string, string[]>, key: string, id: string) => {
  if (!key) return;
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
};

/**
 * Likely duplicates among the people and organizations of the viewer's regions (leaders, staff and admins, who
 * see contact details there). People: same email, same phone (last 10 digits), or similar names (typo-tolerant,
 * word order ignored) in the same zip code. Organizations: same name once common words are dropped, similar
 * names in the same zip code, or the same website.
 */
@Injectable()
export class DedupeService {
  constructor(
    private readonly repo: DedupeRepository,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
  ) {}

  async findPeople(viewer: Viewer, regionId: string | null, limit: number): Promise<PersonDuplicate[]> {
    this.assertAllowed(viewer);
    const rows = await this.repo.people(regionScope(viewer), regionId ?? '');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const emails = new Map<string, string[]>();
    const phones = new Map<string, string[]>();
    const zips = new Map<string, string[]>();
    for (const p of rows) {
      for (const e of p.emails ?? []) group(emails, e.trim().toLowerCase(), p.id);
      for (const ph of p.phones ?? []) group(phones, phoneKey(ph).length >= 7 ? phoneKey(ph) : '', p.id);
      group(zips, zip5(p.zip), p.id);
    }
    const pairs = new Pairs();
    pairs.addGroups(emails, 'Same email', 3);
    pairs.addGroups(phones, 'Same phone', 3);
    const names = new Map(rows.map((r) => [r.id, normalizeName(r.name)]));
    for (const ids of zips.values()) {
      if (ids.length > 5000) continue;
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          if (similarNames(names.get(ids[i])!, names.get(ids[j])!)) pairs.add(ids[i], ids[j], names.get(ids[i]) === names.get(ids[j]) ? 'Same name in the same zip code' : 'Similar name in the same zip code', 1);
        }
      }
    }
    return pairs.sorted(limit).map((p) => ({
      a: this.people.toPerson(viewer, byId.get(p.a)!), b: this.people.toPerson(viewer, byId.get(p.b)!), reasons: [...p.reasons], score: p.score,
    }));
  }

  async findOrganizations(viewer: Viewer, regionId: string | null, limit: number): Promise<OrganizationDuplicate[]> {
    this.assertAllowed(viewer);
    const rows = await this.repo.organizations(regionScope(viewer), regionId ?? '');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const names = new Map<string, string[]>();
    const hosts = new Map<string, string[]>();
    const zips = new Map<string, string[]>();
    for (const o of rows) {
      group(names, normalizeOrganizationName(o.name), o.id);
      group(hosts, websiteHost(o.website), o.id);
      group(zips, zip5(o.zip), o.id);
    }
    const pairs = new Pairs();
    pairs.addGroups(names, 'Same name', 3);
    pairs.addGroups(hosts, 'Same website', 3);
    for (const ids of zips.values()) {
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = normalizeOrganizationName(byId.get(ids[i])!.name);
          const b = normalizeOrganizationName(byId.get(ids[j])!.name);
          if (a !== b && similarNames(a, b)) pairs.add(ids[i], ids[j], 'Similar name in the same zip code', 1);
        }
      }
    }
    return pairs.sorted(limit).map((p) => ({
      a: this.organizations.toOrganization(viewer, byId.get(p.a)!), b: this.organizations.toOrganization(viewer, byId.get(p.b)!), reasons: [...p.reasons], score: p.score,
    }));
  }

  private assertAllowed(viewer: Viewer): void {
    if (!canManageRecords(viewer)) throw forbidden('Finding duplicates is for leaders, staff and admins.');
  }

}
