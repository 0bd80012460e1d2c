import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import type { CypherQuery } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { DedupeQueries as Q, type Page } from './dedupe.queries.js';

const PAGE = 2000;

/** The records duplicates are looked for among: everything in scope, read a page at a time. */
@Injectable()
export class DedupeRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  people(scope: Scope, regionId: string): Promise<PersonRecord[]> {
    return this.all(Q.people, 'p', scope, regionId);
  }

  organizations(scope: Scope, regionId: string): Promise<OrganizationRecord[]> {
    return this.all(Q.organizations, 'o', scope, regionId);
  }

  private async all<K extends string, T extends { id: string }>(query: CypherQuery<Page, Record<K, T>>, key: K, scope: Scope, regionId: string): Promise<T[]> {
    const out: T[] = [];
    let after = '';
    for (;;) {
      const page = (await this.store.read(query, { ...scope, regionId, after, limit: PAGE })).map((r) => r[key]);
      out.push(...page);
      if (page.length < PAGE) return out;
      after = page[page.length - 1].id;
    }
  }
}
