import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden } from '../../common/app-error.js';
import { latestTodayAnywhere, now, todayUtc as today } from '../../common/clock.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { miles, ZipDirectory } from '../geo/zip-directory.js';
import { Organization, OrganizationType } from '../organizations/models/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { RoleKind } from '../roles/role.model.js';
import { RolesService } from '../roles/roles.service.js';
import type { Person } from '../people/models/person.model.js';
import { DEFAULT_AREA_MILES, MouStatus, type AffiliateMap, type GroupAreaInput, type MapGroup, type Mou, type MouInput, type Nearby, type Place } from './affiliate.model.js';
import { AffiliatesRepository } from './affiliates.repository.js';

const NEARBY_LIMIT = 500;

/** Affiliate groups: the MOU lifecycle, point of contact, where they organize; finding people and groups near a zip code. */
@Injectable()
export class AffiliatesService {
  constructor(
    private readonly repo: AffiliatesRepository,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly roles: RolesService,
    private readonly zips: ZipDirectory,
  ) {}

  mou(o: Organization): Mou | null {
    if (o.type !== OrganizationType.AFFILIATE_GROUP) return null;
    const r = o.record;
    return { status: (r.mouStatus as MouStatus) ?? MouStatus.NONE, sentOn: r.mouSentOn ?? null, signedOn: r.mouSignedOn ?? null, terminatedOn: r.mouTerminatedOn ?? null };
  }

  /**
   * Sent → signed → terminated, with dates. A group may sign without a recorded sending (the sending date is then
   * the signing date); a terminated MOU can be sent again, which starts a new cycle.
   */
  async setMou(viewer: Viewer, input: MouInput): Promise<Organization> {
    if (!canManageRecords(viewer)) throw forbidden('Only leaders, staff and admins record MOUs.');
    const org = await this.organizations.get(viewer, input.organizationId);
    const current = this.mou(org);
    if (!current) throw badInput('organizationId', `${org.name} is not an affiliate group: MOUs are signed with affiliate groups.`);
    const date = input.date ?? today();
    if (date > latestTodayAnywhere()) throw badInput('date', 'The date is in the future.');
    let next: Mou;
    switch (input.status) {
      case MouStatus.SENT:
        if (current.status === MouStatus.SIGNED) throw badInput('status', 'The MOU is already signed. Terminate it first to send a new one.');
        next = { status: MouStatus.SENT, sentOn: date, signedOn: null, terminatedOn: null };
        break;
      case MouStatus.SIGNED:
        if (current.status === MouStatus.SIGNED) throw badInput('status', 'The MOU is already signed.');
        if (current.status === MouStatus.SENT && current.sentOn && date < current.sentOn) throw badInput('date', `The MOU was sent on ${current.sentOn}: it cannot be signed before that.`);
        next = { status: MouStatus.SIGNED, sentOn: current.status === MouStatus.SENT ? current.sentOn : date, signedOn: date, terminatedOn: null };
        break;
      case MouStatus.TERMINATED:
        if (current.status !== MouStatus.SIGNED && current.status !== MouStatus.SENT) throw badInput('status', 'There is no MOU sent or signed to terminate.');
        if ((current.signedOn ?? current.sentOn ?? '') > date) throw badInput('date', 'The termination date is before the MOU was sent or signed.');
        next = { ...current, status: MouStatus.TERMINATED, terminatedOn: date };
        break;
      default:
        throw badInput('status', 'Choose sent, signed or terminated.');
    }
    const at = now();
    const ok = await this.repo.setMou(regionScope(viewer), org.id, input.version, next, at, {
      accountId: viewer.accountId, entityType: 'organization', entityId: org.id, action: 'updated', summary: `MOU ${next.status.toLowerCase()} on ${date}`,
      details: [{ field: 'mouStatus', from: current.status, to: next.status }], about: { Organization: [org.id] },
    });
    if (!ok) throw conflict('Someone else changed this group since you opened it. Reload, then try again.');
    return this.organizations.get(viewer, org.id);
  }

  async setArea(viewer: Viewer, input: GroupAreaInput): Promise<Organization> {
    const org = await this.organizations.get(viewer, input.organizationId);
    if (org.type !== OrganizationType.AFFILIATE_GROUP) throw badInput('organizationId', `${org.name} is not an affiliate group.`);
    const at = now();
    const ok = await this.repo.setArea(regionScope(viewer), org.id, input.version, input.areaMiles, at, {
      accountId: viewer.accountId, entityType: 'organization', entityId: org.id, action: 'updated', summary: `Organizes within ${input.areaMiles} miles`,
      details: [{ field: 'areaMiles', from: org.record.areaMiles == null ? null : String(org.record.areaMiles), to: String(input.areaMiles) }], about: { Organization: [org.id] },
    });
    if (!ok) throw conflict('Someone else changed this group since you opened it. Reload, then try again.');
    return this.organizations.get(viewer, org.id);
  }

  place(zip: string | null): Place | null {
    return this.zips.lookup(zip);
  }

  areaMiles(o: Organization): number | null {
    if (o.type !== OrganizationType.AFFILIATE_GROUP) return null;
    return o.record.areaMiles == null ? DEFAULT_AREA_MILES : Number(o.record.areaMiles);
  }

  async pointOfContact(viewer: Viewer, o: Organization): Promise<Person | null> {
    const roles = await this.roles.on(viewer, 'Organization', o.id);
    return roles.find((r) => r.active && r.role === RoleKind.POINT_OF_CONTACT)?.person ?? null;
  }

  /** People and organizations of the viewer's regions within `radius` miles of a zip code, nearest first. */
  async nearby(viewer: Viewer, zip: string, radius: number, type: OrganizationType | null): Promise<Nearby> {
    const center = this.zips.lookup(zip);
    if (!center) throw badInput('zip', `${zip} is not a US zip code we know.`);
    if (!(radius > 0 && radius <= 250)) throw badInput('miles', 'Choose a radius between 1 and 250 miles.');
    const within = this.zips.within(center.zip, radius);
    const distance = new Map(within.map((z) => [z.zip, z.miles]));
    const zips = within.map((z) => z.zip);
    const scope = regionScope(viewer);
    const [peopleRows, orgRows] = await Promise.all([
      this.repo.peopleInZips(scope, zips, NEARBY_LIMIT + 1),
      this.repo.organizationsInZips(scope, zips, type ?? '', NEARBY_LIMIT + 1),
    ]);
    const milesOf = (z: string | null) => Math.round((distance.get((z ?? '').slice(0, 5)) ?? radius) * 10) / 10;
    const people = peopleRows.slice(0, NEARBY_LIMIT)
      .map((p) => ({ person: this.people.toPerson(viewer, p), miles: milesOf(p.zip) }))
      .sort((a, b) => a.miles - b.miles || a.person.name.localeCompare(b.person.name));
    const organizations = orgRows.slice(0, NEARBY_LIMIT)
      .map((o) => ({ organization: this.organizations.toOrganization(viewer, o), miles: milesOf(o.zip) }))
      .sort((a, b) => a.miles - b.miles || a.organization.name.localeCompare(b.organization.name));
    return { center, miles: radius, people, organizations, truncated: peopleRows.length > NEARBY_LIMIT || orgRows.length > NEARBY_LIMIT };
  }

  /**
   * The affiliate groups of the viewer's regions placed at their zip codes. Two groups overlap when the distance
   * between them is less than the sum of their radii; overlapping groups (transitively) form a cluster.
   */
  async map(viewer: Viewer, regionId: string | null): Promise<AffiliateMap> {
    const rows = await this.repo.groups(regionScope(viewer), regionId ?? '');
    const groups: MapGroup[] = rows.map((r) => {
      const organization = this.organizations.toOrganization(viewer, r);
      return { organization, place: this.zips.lookup(r.zip), areaMiles: this.areaMiles(organization) ?? DEFAULT_AREA_MILES, clusterId: null };
    });
    const placed = groups.filter((g) => g.place);
    const parent = placed.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        if (miles(placed[i].place!, placed[j].place!) < placed[i].areaMiles + placed[j].areaMiles) parent[find(i)] = find(j);
      }
    }
    const members = new Map<number, MapGroup[]>();
    placed.forEach((g, i) => members.set(find(i), [...(members.get(find(i)) ?? []), g]));
    const clusters = [...members.values()].filter((m) => m.length > 1)
      .sort((a, b) => b.length - a.length || a[0].organization.name.localeCompare(b[0].organization.name))
      .map((m, i) => {
        for (const g of m) g.clusterId = i + 1;
        return { id: i + 1, groups: m.map((g) => g.organization) };
      });
    return { groups, clusters };
  }
}
