import { now } from '../../common/clock.js';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, notFound } from '../../common/app-error.js';
import { regionScope, type Viewer } from '../../common/viewer.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import type { Organization } from '../organizations/models/organization.model.js';
import type { Person } from '../people/models/person.model.js';
import type { AffiliationInput, TieInput } from './dto/tie.input.js';
import type { Affiliation, AffiliationKind, AffiliationRemovalPayload, Tie, TieRemovalPayload } from './models/tie.model.js';
import { derivedStrength, shownStrength, type TieScore } from '../interactions/tie-strength.js';
import { TiesRepository, type KnowsRecord } from './ties.repository.js';

/** A tie or affiliation cannot end before it began. */
function endsAfterStart(input: { since?: string | null; until?: string | null }): void {
  if (input.since && input.until && input.until < input.since) throw badInput('until', 'It cannot end before it began: choose a date on or after the start.');
}

const AFFILIATION_WORDS: Record<AffiliationKind, string> = { MEMBER_OF: 'member of', WORKS_AT: 'works at', LEADS: 'leads' };

/** Ties are seen and changed only between records in the viewer's regions. */
@Injectable()
export class TiesService {
  constructor(
    private readonly repo: TiesRepository,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
  ) {}

  async knowsOf(viewer: Viewer, personId: string): Promise<Tie[]> {
    return (await this.knowsOfPeople(viewer, [personId]))[0];
  }

  /** The ties of each person, strongest first, in one read for all (see TiesResolver's request loader). */
  async knowsOfPeople(viewer: Viewer, personIds: readonly string[]): Promise<Tie[][]> {
    const lists = await this.repo.knowsOfPeople(regionScope(viewer), personIds);
    return lists.map((rows) =>
      rows
        .map(({ person, tie }) => this.toTie(this.people.toPerson(viewer, person), tie))
        .sort((a, b) => b.derivedStrength - a.derivedStrength || b.strength - a.strength || a.person.name.localeCompare(b.person.name)),
    );
  }

  private toTie(person: Tie['person'], tie: KnowsRecord): Tie {
    const today = new Date().toISOString().slice(0, 10);
    const score: TieScore | null = tie.score != null && tie.scoreAt ? { score: Number(tie.score), scoreAt: tie.scoreAt } : null;
    const byHand = tie.strength == null ? null : Number(tie.strength);
    return {
      person,
      strength: Math.round(shownStrength(byHand, score, today)),
      strengthSetByHand: byHand,
      derivedStrength: Math.round(derivedStrength(score, today) * 10) / 10,
      lastContact: tie.lastContact ?? null,
      interactionCount: Number(tie.interactions ?? 0),
      context: tie.context ?? null,
      since: tie.since ?? null,
      until: tie.until || null,
    };
  }

  async setKnows(viewer: Viewer, input: TieInput): Promise<Tie> {
    if (input.personId === input.otherPersonId) {
      throw new AppError('BAD_USER_INPUT', 'A person cannot have a tie to themselves.', [{ field: 'otherPersonId', message: 'Choose someone else.' }]);
    }
    const other = await this.people.get(viewer, input.otherPersonId);
    endsAfterStart(input);
    const tie = { strength: input.strength, context: input.context ?? null, since: input.since ?? null, until: input.until ?? null };
    const saved = await this.repo.setKnows(regionScope(viewer), input.personId, input.otherPersonId, tie, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'tie', entityId: `${input.personId}|${input.otherPersonId}`, action: 'tie set',
      summary: `Tie set: strength ${tie.strength.toFixed(1)}${tie.context ? `, ${tie.context}` : ''}`,
      details: [{ field: 'strength', from: null, to: String(tie.strength) }], about: { Person: [input.personId, input.otherPersonId] },
    });
    if (!saved) throw notFound('That person');
    return this.toTie(other, saved);
  }

  /** Answers with both people read after the removal, so their pages show the tie gone. */
  async removeKnows(viewer: Viewer, personId: string, otherPersonId: string): Promise<TieRemovalPayload> {
    const removed = await this.repo.removeKnows(regionScope(viewer), personId, otherPersonId, {
      accountId: viewer.accountId, entityType: 'tie', entityId: `${personId}|${otherPersonId}`, action: 'tie removed',
      summary: 'Tie removed', about: { Person: [personId, otherPersonId] },
    });
    if (!removed) throw notFound('That tie');
    const [person, otherPerson] = await Promise.all([this.people.get(viewer, personId), this.people.get(viewer, otherPersonId)]);
    return { person, otherPerson };
  }

  /** `person` is the record already read for the viewer (its page's parent). */
  async affiliationsOfPerson(viewer: Viewer, person: Person): Promise<Affiliation[]> {
    return (await this.affiliationsOfPeople(viewer, [person]))[0];
  }

  /** Each person's affiliations, in one read for all. */
  async affiliationsOfPeople(viewer: Viewer, people: readonly Person[]): Promise<Affiliation[][]> {
    const lists = await this.repo.affiliationsOfPeople(regionScope(viewer), people.map((p) => p.id));
    return lists.map((rows, i) =>
      rows.map(({ organization, rel, kind }) => ({
        kind,
        person: people[i],
        organization: this.organizations.toOrganization(viewer, organization),
        since: rel.since ?? null,
        until: rel.until || null,
        title: rel.title ?? null,
      })),
    );
  }

  async affiliationsOfOrganization(viewer: Viewer, organization: Organization): Promise<Affiliation[]> {
    const rows = await this.repo.affiliationsOfOrganization(regionScope(viewer), organization.id);
    return rows.map(({ person, rel, kind }) => ({
      kind,
      person: this.people.toPerson(viewer, person),
      organization,
      since: rel.since ?? null,
      until: rel.until || null,
      title: rel.title ?? null,
    }));
  }

  async addAffiliation(viewer: Viewer, input: AffiliationInput): Promise<Affiliation> {
    endsAfterStart(input);
    const rel = { since: input.since ?? null, until: input.until ?? null, title: input.title ?? null };
    const saved = await this.repo.addAffiliation(regionScope(viewer), input.kind, input.personId, input.organizationId, rel, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'affiliation', entityId: `${input.personId}|${input.organizationId}|${input.kind}`,
      action: 'affiliation added', summary: `Affiliation added: ${AFFILIATION_WORDS[input.kind]}${rel.title ? ` (${rel.title})` : ''}`,
      about: { Person: [input.personId], Organization: [input.organizationId] },
    });
    if (!saved) throw notFound('That person or organization');
    return {
      kind: input.kind,
      person: this.people.toPerson(viewer, saved.person),
      organization: this.organizations.toOrganization(viewer, saved.organization),
      since: saved.rel.since ?? null,
      until: saved.rel.until || null,
      title: saved.rel.title ?? null,
    };
  }

  /** Answers with the person and the organization read after the removal, so both pages show it gone. */
  async removeAffiliation(viewer: Viewer, personId: string, organizationId: string, kind: AffiliationKind): Promise<AffiliationRemovalPayload> {
    const removed = await this.repo.removeAffiliation(regionScope(viewer), kind, personId, organizationId, {
      accountId: viewer.accountId, entityType: 'affiliation', entityId: `${personId}|${organizationId}|${kind}`,
      action: 'affiliation removed', summary: `Affiliation removed: ${AFFILIATION_WORDS[kind]}`,
      about: { Person: [personId], Organization: [organizationId] },
    });
    if (!removed) throw notFound('That affiliation');
    const [person, organization] = await Promise.all([this.people.get(viewer, personId), this.organizations.get(viewer, organizationId)]);
    return { person, organization };
  }
}
