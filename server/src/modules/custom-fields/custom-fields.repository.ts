import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import type { FieldDefinitionRecord } from './custom-field.model.js';
import { CustomFieldQueries as Q } from './custom-fields.queries.js';

/** A new definition as the service checked it (its position after the others of its kind). */
export type NewDefinition = Pick<FieldDefinitionRecord, 'id' | 'entity' | 'key' | 'label' | 'type' | 'choices' | 'region' | 'position'>;

/** All Cypher of custom field definitions. */
@Injectable()
export class CustomFieldsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  all(): Promise<FieldDefinitionRecord[]> {
    return readDefinitions(this.store);
  }

  async byId(id: string): Promise<FieldDefinitionRecord | null> {
    const [row] = await this.store.read(Q.byId, { id });
    return row ? normalise(row.f) : null;
  }

  async create(def: NewDefinition, viewerId: string, now: string): Promise<FieldDefinitionRecord> {
    const [row] = await this.store.write(Q.create, { ...def, viewerId, now });
    return normalise(row.f);
  }

  /** Null when the version is stale (someone changed the field first). */
  async update(id: string, version: number, label: string, choices: string[], now: string): Promise<FieldDefinitionRecord | null> {
    const [row] = await this.store.write(Q.update, { id, version, label, choices, now });
    return row ? normalise(row.f) : null;
  }

  async delete(id: string): Promise<void> {
    await this.store.write(Q.delete, { id });
  }
}

/** Every definition, read from the store (imports read them once per job, beside the service's cache). */
export async function readDefinitions(store: Pick<GraphStore, 'read'>): Promise<FieldDefinitionRecord[]> {
  return (await store.read(Q.all)).map((r) => normalise(r.f));
}

function normalise(f: FieldDefinitionRecord): FieldDefinitionRecord {
  return { ...f, choices: f.choices ?? [], region: f.region ?? null, position: Number(f.position), version: Number(f.version) };
}
