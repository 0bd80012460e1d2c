import { regionScope } from '../../../common/viewer.js';
import { ImportQueries as Q } from '../import.queries.js';
import type { KindContext } from './kind.js';

export interface Found {
  id?: string;
  problem?: string;
}

/**
 * Finds the people (and organizations) a row names, in the importer's regions: by record id, by email (any
 * case), or by name — with a zip code after it ("Ana Ruiz 60614" or "Ana Ruiz (60614)") when several people
 * share the name.
 */
export class PeopleFinder {
  private readonly ids = new Map<string, { name: string; region: string }>();
  private readonly byEmail = new Map<string, string>();
  private readonly byNameZip = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();
  private readonly orgIds = new Map<string, { name: string; region: string }>();
  private readonly orgByName = new Map<string, string[]>();

  static async load(ctx: KindContext, organizations = false): Promise<PeopleFinder> {
    const f = new PeopleFinder();
    const scope = regionScope(ctx.viewer);
    for (const r of await ctx.store.read(Q.personKeys, { ...scope })) {
      const id = String(r.id);
      const name = String(r.name ?? '').trim().toLowerCase();
      f.ids.set(id, { name: String(r.name ?? ''), region: String(r.region) });
      for (const e of r.emails ?? []) f.byEmail.set(e.trim().toLowerCase(), id);
      push(f.byNameZip, `${name}|${String(r.zip ?? '').trim()}`, id);
      push(f.byName, name, id);
    }
    if (organizations) {
      for (const r of await ctx.store.read(Q.organizationKeys, { ...scope })) {
        const id = String(r.id);
        f.orgIds.set(id, { name: String(r.name ?? ''), region: String(r.region) });
        push(f.orgByName, String(r.name ?? '').trim().toLowerCase(), id);
      }
    }
    return f;
  }

  name(id: string): string {
    return this.ids.get(id)?.name ?? this.orgIds.get(id)?.name ?? id;
  }

  region(id: string): string | undefined {
    return this.ids.get(id)?.region;
  }

  person(token: string): Found {
    const t = token.trim();
    if (this.ids.has(t)) return { id: t };
    if (t.includes('@')) {
      const id = this.byEmail.get(t.toLowerCase());
      return id ? { id } : { problem: `No one in your regions has the email ${t}.` };
    }
    const zipped = /^(.*?)[\s,]*\(?(\d{5}(?:-\d{4})?)\)?$/.exec(t);
    if (zipped) {
      const ids = this.byNameZip.get(`${zipped[1].trim().toLowerCase()}|${zipped[2]}`) ?? [];
      if (ids.length === 1) return { id: ids[0] };
      if (ids.length > 1) return { problem: `Several people in your regions are named ${zipped[1].trim()} with zip code ${zipped[2]}: give an email or record id.` };
      return { problem: `No one in your regions is named ${zipped[1].trim()} with zip code ${zipped[2]}.` };
    }
    const ids = this.byName.get(t.toLowerCase()) ?? [];
    if (ids.length === 1) return { id: ids[0] };
    if (ids.length > 1) return { problem: `Several people in your regions are named ${t}: add their zip code (“${t} 60614”) or give an email.` };
    return { problem: `No one in your regions is named ${t}.` };
  }

  organization(token: string): Found {
    const t = token.trim();
    if (this.orgIds.has(t)) return { id: t };
    const ids = this.orgByName.get(t.toLowerCase()) ?? [];
    if (ids.length === 1) return { id: ids[0] };
    if (ids.length > 1) return { problem: `Several organizations in your regions are named ${t}: give its record id.` };
    return { problem: `No organization in your regions is named ${t}.` };
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** YYYY-MM-DD, or M/D/YYYY (US spreadsheets) turned into it; anything else is returned as it is (validation names it). */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us) return `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(t);
  return iso ? iso[1] : t;
}
