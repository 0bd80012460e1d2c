import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, registerEnumType } from '@nestjs/graphql';
import { unauthenticated } from './app-error.js';
import type { Locale } from '../i18n/locales.js';

export enum Role {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  LEADER = 'LEADER',
  CONNECTOR = 'CONNECTOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do. Scoping rules are in the README.',
});

/** The signed-in account, as every service sees it. */
export interface Viewer {
  readonly accountId: string;
  readonly role: Role;
  /** Region ids this account works in; ignored when allRegions. */
  readonly regions: readonly string[];
  readonly allRegions: boolean;
  /** The account's chosen language; null or absent: the request's Accept-Language decides. */
  readonly locale?: Locale | null;
}

/** Query parameters that limit a read or write to the viewer's regions. */
export interface Scope {
  allRegions: boolean;
  regions: string[];
}

export function regionScope(viewer: Viewer): Scope {
  return { allRegions: viewer.allRegions, regions: [...viewer.regions] };
}

/** Whether a record of `region` is within the scope, as `$allRegions OR x.region IN $regions` says in Cypher (no region: outside). */
export function inScope(scope: Scope, region: string | null | undefined): boolean {
  return scope.allRegions || (region != null && scope.regions.includes(region));
}

export function inRegion(viewer: Viewer, regionId: string): boolean {
  return viewer.allRegions || viewer.regions.includes(regionId);
}

/** Connectors see contact details only of people they created or are assigned to; other roles see them in scope. */
export function seesAllContacts(viewer: Viewer): boolean {
  return viewer.role !== Role.CONNECTOR;
}

export function seesContactsOf(viewer: Viewer, record: { createdBy?: string | null; assignees?: readonly string[] | null }): boolean {
  return seesAllContacts(viewer) || record.createdBy === viewer.accountId || (record.assignees ?? []).includes(viewer.accountId);
}

/** Deleting records and assigning connectors are for admins, staff and leaders. */
export function canManageRecords(viewer: Viewer): boolean {
  return viewer.role !== Role.CONNECTOR;
}

export interface RequestContext {
  req: { headers: Record<string, string | string[] | undefined>; ip?: string; socket?: { remoteAddress?: string } };
  res: { cookie(name: string, value: string, options: Record<string, unknown>): void; clearCookie(name: string, options: Record<string, unknown>): void };
  viewer?: Viewer;
}

/** The signed-in viewer; resolvers that use it are reachable only when signed in (see AuthGuard). */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(ctx).getContext<RequestContext>().viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer when signed in, undefined otherwise (for `me`). */
export const OptionalViewer = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Viewer | undefined => GqlExecutionContext.create(ctx).getContext<RequestContext>().viewer,
);
