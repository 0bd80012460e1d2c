import { now } from '../../common/clock.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, conflict, forbidden, notFound } from '../../common/app-error.js';
import { digitsOf } from '../../common/input.js';
import { decodeCursor, searchFold, searchText, sortKeyOf, toPage, type Page } from '../../common/pagination.js';
import { canManageRecords, regionScope, seesAllContacts, seesContactsOf, Role, type Viewer } from '../../common/viewer.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { diff } from '../history/history.js';
import { RegionsService } from '../regions/regions.service.js';
import type { PeopleArgs, PersonInput } from './dto/person.input.js';
import { Person, PersonKind, type PersonRecord } from './models/person.model.js';
import { PeopleRepository, type PeopleFilter } from './people.repository.js';
import { streetAddress, streetColumns, type StreetColumns } from '../../common/address.js';
import { FieldEntity } from '../custom-fields/custom-field.model.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';

const PERSON_HISTORY_FIELDS = ['name', 'emails', 'phones', 'zip', 'addressLine', 'city', 'state', 'region', 'kinds', 'tags', 'notes', 'customFields'] as const;

/** The rules about people: scoping by region, who sees contact details, optimistic concurrency. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly regions: RegionsService,
    private readonly accounts: AccountsRepository,
    private readonly customFields: CustomFieldsService,
  ) {}

  async create(viewer: Viewer, input: PersonInput): Promise<Person> {
    await this.regions.requireUsable(viewer, input.regionId);
    const id = randomUUID();
    const fields = {
      ...this.fields(id, input, input.emails ?? [], input.phones ?? [], [], streetColumns(input.address)),
      ...(await this.customFields.columns(FieldEntity.PERSON, input.regionId, null, input.customFields)),
    };
    const record = await this.repo.create(fields, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'person', entityId: id, action: 'created', summary: 'Created',
      details: diff(null, fields, PERSON_HISTORY_FIELDS), about: { Person: [id] },
    });
    return this.toPerson(viewer, record);
  }

  async get(viewer: Viewer, id: string): Promise<Person> {
    const record = await this.repo.byId(regionScope(viewer), id);
    if (!record) throw notFound('That person');
    return this.toPerson(viewer, record);
  }

  /** The people with these ids that the viewer may see; fails naming `field` if any is missing or out of scope. */
  async requireAll(viewer: Viewer, ids: readonly string[], field: string): Promise<PersonRecord[]> {
    const unique = [...new Set(ids)];
    const found = await this.repo.byIds(regionScope(viewer), unique);
    if (found.length !== unique.length) throw new AppError('BAD_USER_INPUT', 'One of the chosen people was not found in your regions.', [{ field, message: 'One of the chosen people was not found in your regions.' }]);
    return found;
  }

  async list(viewer: Viewer, args: PeopleArgs): Promise<Page<Person>> {
    const q = searchFold(args.search ?? '');
    const looksLikePhone = /^[\d\s().+-]+$/.test(q) && digitsOf(q).length >= 3;
    const filter: PeopleFilter = {
      q,
      qDigits: looksLikePhone ? digitsOf(q) : '',
      regionId: args.regionId ?? '',
      contactsAll: seesAllContacts(viewer),
      viewerId: viewer.accountId,
      fieldTerms: await this.customFields.filterTerms(viewer, FieldEntity.PERSON, args.customFields),
    };
    const scope = regionScope(viewer);
    const [rows, total] = await Promise.all([
      this.repo.list(scope, filter, decodeCursor(args.after), args.first + 1),
      this.repo.count(scope, filter),
    ]);
    const page = toPage(rows, args.first, total, (r) => r.sortKey);
    return { ...page, nodes: page.nodes.map((r) => this.toPerson(viewer, r)) };
  }

  async update(viewer: Viewer, id: string, version: number, input: PersonInput): Promise<Person> {
    const scope = regionScope(viewer);
    const current = await this.repo.byId(scope, id);
    if (!current) throw notFound('That person');
    await this.regions.requireUsable(viewer, input.regionId);
    let emails = input.emails ?? [];
    let phones = input.phones ?? [];
    const kept = streetColumns({ line: current.addressLine, city: current.city, state: current.state });
    let street = input.address === undefined ? kept : streetColumns(input.address);
    if (!seesContactsOf(viewer, current)) {
      // The viewer never saw the contact details, so they cannot have meant to change them: keep them.
      const address = input.address && (input.address.line || input.address.city || input.address.state);
      const notes = input.notes !== undefined && input.notes !== null && input.notes !== (current.notes ?? null);
      if (emails.length || phones.length || address || notes) {
        const field = emails.length ? 'emails' : phones.length ? 'phones' : address ? 'address' : 'notes';
        throw new AppError('FORBIDDEN', 'You cannot change the contact details of this person.', [
          { field, message: 'You cannot change the contact details of this person.' },
        ]);
      }
      emails = current.emails;
      phones = current.phones;
      street = kept;
    }
    // Notes are contact details too (a viewer who may not see them sends none back): kept as they are.
    const visibleInput = seesContactsOf(viewer, current) ? input : { ...input, notes: current.notes ?? null };
    const fields = {
      ...this.fields(id, visibleInput, emails, phones, current.assignees, street),
      ...(await this.customFields.columns(FieldEntity.PERSON, input.regionId, current.customFields, input.customFields)),
    };
    const details = diff(current, fields, PERSON_HISTORY_FIELDS);
    const updated = await this.repo.update(scope, fields, version, now(), {
      accountId: viewer.accountId, entityType: 'person', entityId: id, action: 'updated',
      summary: details.length ? `Changed ${details.map((d) => d.field).join(', ')}` : 'Saved without changes',
      details, about: { Person: [id] },
    });
    if (!updated) {
      if (!(await this.repo.byId(scope, id))) throw notFound('That person');
      throw conflict('Someone else changed this person since you opened it. Reload to see their changes, then make yours again.');
    }
    return this.toPerson(viewer, updated);
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can delete people.');
    const deleted = await this.repo.delete(regionScope(viewer), id, {
      accountId: viewer.accountId, entityType: 'person', entityId: id, action: 'deleted', summary: 'Deleted', about: {},
    });
    if (!deleted) throw notFound('That person');
    return id;
  }

  /** Assigning a connector to a person lets that connector see the person's contact details. */
  async setAssignee(viewer: Viewer, personId: string, accountId: string, assign: boolean): Promise<Person> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can assign connectors.');
    const scope = regionScope(viewer);
    const person = await this.repo.byId(scope, personId);
    if (!person) throw notFound('That person');
    if (assign) {
      const [account] = await this.accounts.byIds([accountId]);
      if (!account || account.disabled) throw notFound('That account');
      if (account.role !== Role.CONNECTOR) throw new AppError('BAD_USER_INPUT', 'Only connectors are assigned to people; other roles already see contact details in their regions.', [{ field: 'accountId', message: 'Choose a connector.' }]);
      if (!account.allRegions && !account.regions.includes(person.region)) {
        throw new AppError('BAD_USER_INPUT', 'That connector does not work in this person’s region.', [{ field: 'accountId', message: 'Choose a connector who works in this region.' }]);
      }
    }
    const updated = await this.repo.setAssignee(scope, personId, accountId, assign, {
      accountId: viewer.accountId, entityType: 'person', entityId: personId, action: assign ? 'assigned' : 'unassigned',
      summary: assign ? 'Connector assigned' : 'Connector unassigned', details: [{ field: 'assignees', from: assign ? null : accountId, to: assign ? accountId : null }],
      about: { Person: [personId] },
    });
    if (!updated) throw notFound('That person');
    return this.toPerson(viewer, updated);
  }

  /**
   * Anyone who attends a meeting, training or event is a member (seed 002): the new kinds for those
   * who are not members yet. Targets (decision-makers) are never made members by turning up.
   */
  newMembers(records: readonly PersonRecord[]): Array<{ id: string; kinds: PersonKind[] }> {
    return records
      .filter((p) => !p.kinds.includes(PersonKind.MEMBER) && !p.kinds.includes(PersonKind.TARGET))
      .map((p) => ({ id: p.id, kinds: [...p.kinds, PersonKind.MEMBER] }));
  }

  /** What a viewer may see of a stored person. */
  toPerson(viewer: Viewer, r: PersonRecord): Person {
    const visible = seesContactsOf(viewer, r);
    return Object.assign(new Person(), {
      id: r.id,
      name: r.name,
      emails: visible ? (r.emails ?? []) : null,
      phones: visible ? (r.phones ?? []) : null,
      contactHidden: !visible,
      zip: r.zip ?? null,
      address: visible ? streetAddress(r) : null,
      customFieldsJson: r.customFields ?? null,
      kinds: r.kinds ?? [],
      tags: r.tags ?? [],
      notes: visible ? (r.notes ?? null) : null,
      version: Number(r.version),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      canEdit: true,
      canDelete: canManageRecords(viewer),
      regionId: r.region,
      assigneeIds: canManageRecords(viewer) ? (r.assignees ?? []) : [],
    });
  }

  private fields(id: string, input: PersonInput, emails: string[], phones: string[], assignees: string[], street: StreetColumns) {
    const zip = input.zip ?? null;
    return {
      id,
      name: input.name,
      sortKey: sortKeyOf(input.name, id),
      searchPublic: searchFold(searchText([input.name, zip ?? ''])),
      searchContact: searchText([...emails.map((e) => e.toLocaleLowerCase('en-US')), ...phones.map(digitsOf)]),
      emails,
      phones,
      zip,
      region: input.regionId,
      kinds: [...new Set(input.kinds ?? [])],
      tags: input.tags ?? [],
      notes: input.notes ?? null,
      assignees,
      ...street,
    };
  }
}
