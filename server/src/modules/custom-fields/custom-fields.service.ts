import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, conflict, forbidden, notFound, type FieldProblem } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { inRegion, Role, type Viewer } from '../../common/viewer.js';
import { RegionsService } from '../regions/regions.service.js';
import {
  applicable, applyValues, columnsOf, filterTerm, parseStored, valuesOf,
  type CustomFieldColumns, type ValueInput,
} from './custom-field-values.js';
import {
  FieldDefinition, FieldEntity, FieldType, type CustomFieldValue, type FieldDefinitionChanges,
  type FieldDefinitionInput, type FieldDefinitionRecord,
} from './custom-field.model.js';
import { CustomFieldsRepository } from './custom-fields.repository.js';

export { readDefinitions } from './custom-fields.repository.js';

/**
 * How long another server instance may show definitions from before a change (this instance forgets at once):
 * every record read needs the definitions, and reading them per record would double the reads.
 */
const CACHE_MS = 30_000;

const CHOICE_TYPES = [FieldType.ONE_CHOICE, FieldType.SEVERAL_CHOICES];

/** Fields admins define for people and organizations, and the checking of their values on save. */
@Injectable()
export class CustomFieldsService {
  private cache: { at: number; defs: Promise<FieldDefinitionRecord[]> } | null = null;

  constructor(
    private readonly repo: CustomFieldsRepository,
    private readonly regions: RegionsService,
  ) {}

  /** Every definition for this kind of record. */
  async definitions(entity: FieldEntity): Promise<FieldDefinitionRecord[]> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      const defs = this.repo.all();
      this.cache = { at: Date.now(), defs };
      defs.catch(() => (this.cache = null));
    }
    return (await this.cache.defs).filter((d) => d.entity === entity);
  }

  /** The definitions a viewer sees: coalition-wide, and those of their regions (of one region when given). */
  async list(viewer: Viewer, entity: FieldEntity, regionId?: string | null): Promise<FieldDefinition[]> {
    const defs = await this.definitions(entity);
    const visible = regionId ? applicable(defs, regionId) : defs.filter((d) => !d.region || inRegion(viewer, d.region));
    return visible.filter((d) => !d.region || inRegion(viewer, d.region)).map(toDefinition);
  }

  async define(viewer: Viewer, input: FieldDefinitionInput): Promise<FieldDefinition> {
    const region = input.regionId || null;
    this.requireAdmin(viewer, region);
    if (region) await this.regions.requireUsable(viewer, region);
    const choices = this.checkChoices(input.type, input.choices ?? []);
    const existing = await this.definitions(input.entity);
    if (existing.some((d) => d.key === input.key)) {
      throw badInput('key', `There is already a field with the key ${input.key}. Choose another key.`);
    }
    const created = await this.repo.create(
      {
        id: randomUUID(), entity: input.entity, key: input.key, label: input.label, type: input.type, choices, region,
        position: existing.reduce((m, d) => Math.max(m, d.position), 0) + 1,
      },
      viewer.accountId,
      now(),
    );
    this.cache = null;
    return toDefinition(created);
  }

  async change(viewer: Viewer, id: string, version: number, changes: FieldDefinitionChanges): Promise<FieldDefinition> {
    const current = await this.byId(viewer, id);
    const choices = this.checkChoices(current.type, changes.choices ?? []);
    const changed = await this.repo.update(id, version, changes.label, choices, now());
    this.cache = null;
    if (!changed) throw conflict('Someone else changed this field since you opened it. Reload, then make your change again.');
    return toDefinition(changed);
  }

  /** The values stay on the records (a field defined again with the same key shows them again); nothing shows them meanwhile. */
  async remove(viewer: Viewer, id: string): Promise<string> {
    await this.byId(viewer, id);
    await this.repo.delete(id);
    this.cache = null;
    return id;
  }

  /**
   * The columns a record stores after a save: the current values with the given ones applied. Fails naming each
   * field whose value does not fit its type. `given` null: keep the current values.
   */
  async columns(entity: FieldEntity, region: string, currentJson: string | null | undefined, given: readonly ValueInput[] | null | undefined): Promise<CustomFieldColumns> {
    const defs = await this.definitions(entity);
    const { values, problems } = applyValues(defs, region, parseStored(currentJson), given ?? []);
    if (problems.length) throw fieldProblems(problems);
    return columnsOf(defs, region, values);
  }

  async valuesOf(entity: FieldEntity, region: string, json: string | null | undefined): Promise<CustomFieldValue[]> {
    return valuesOf(await this.definitions(entity), region, json);
  }

  /** The terms a list query's customFieldsMatch fragment looks for (pass them through fieldFilterParams), from the filters a user chose. */
  async filterTerms(viewer: Viewer, entity: FieldEntity, filters: ReadonlyArray<{ key: string; value: string }> | null | undefined): Promise<string[]> {
    if (!filters?.length) return [];
    const defs = (await this.definitions(entity)).filter((d) => !d.region || inRegion(viewer, d.region));
    const terms: string[] = [];
    const problems: FieldProblem[] = [];
    for (const f of filters) {
      const def = defs.find((d) => d.key === f.key);
      const term = def ? filterTerm(def, f.value) : { field: `customFields.${f.key}`, message: `There is no custom field “${f.key}” to filter by.` };
      if (typeof term === 'string') terms.push(term);
      else problems.push(term);
    }
    if (problems.length) throw fieldProblems(problems);
    return terms;
  }

  private async byId(viewer: Viewer, id: string): Promise<FieldDefinitionRecord> {
    const def = await this.repo.byId(id);
    if (!def || (def.region && !inRegion(viewer, def.region))) throw notFound('That field');
    this.requireAdmin(viewer, def.region);
    return def;
  }

  /** Admins define fields; a coalition-wide field needs an admin of all regions. */
  private requireAdmin(viewer: Viewer, region: string | null): void {
    if (viewer.role !== Role.ADMIN) throw forbidden('Only admins define custom fields.');
    if (!region && !viewer.allRegions) throw forbidden('Only an admin of all regions defines fields for the whole coalition; choose one of your regions.');
  }

  private checkChoices(type: FieldType, choices: string[]): string[] {
    const unique = [...new Map(choices.map((c) => [c.toLowerCase(), c])).values()];
    if (CHOICE_TYPES.includes(type)) {
      if (!unique.length) throw badInput('choices', 'Give at least one choice.');
      return unique;
    }
    if (unique.length) throw badInput('choices', 'Only one-choice and several-choices fields have choices.');
    return [];
  }
}

function fieldProblems(problems: FieldProblem[]): AppError {
  return new AppError('BAD_USER_INPUT', problems.map((p) => p.message).join(' '), problems);
}

/** The definitions of this kind of record a viewer may fill in: coalition-wide ones and those of their regions. */
export function visibleTo(viewer: Viewer, defs: readonly FieldDefinitionRecord[], entity: FieldEntity): FieldDefinitionRecord[] {
  return defs.filter((d) => d.entity === entity && (!d.region || inRegion(viewer, d.region)));
}

function toDefinition(d: FieldDefinitionRecord): FieldDefinition {
  return Object.assign(new FieldDefinition(), {
    id: d.id, entity: d.entity, key: d.key, label: d.label, type: d.type, choices: d.choices, regionId: d.region, version: d.version,
  });
}
