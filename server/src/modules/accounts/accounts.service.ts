import { now } from '../../common/clock.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { inRegion, Role, type Viewer } from '../../common/viewer.js';
import { RegionsService } from '../regions/regions.service.js';
import type { CreateAccountInput, UpdateAccountInput } from './dto/create-account.input.js';
import type { Account, AccountRecord, Teammate } from './models/account.model.js';
import { AccountsRepository } from './accounts.repository.js';
import { hashPassword } from './password.js';
import { AuditAction, type AuditInput } from '../audit/audit.js';
import { isLocale, storedLocale } from '../../i18n/locales.js';

const roleWord = (role: Role) => role.toLowerCase();

@Injectable()
export class AccountsService {
  constructor(
    private readonly repo: AccountsRepository,
    private readonly regions: RegionsService,
  ) {}

  /** Admins create accounts. `viewer` is null only for the shell command that creates the first admin. */
  async create(viewer: Viewer | null, input: CreateAccountInput): Promise<Account> {
    if (viewer && viewer.role !== Role.ADMIN) throw forbidden('Only an admin can create accounts.');
    const allRegions = input.role === Role.ADMIN || !!input.allRegions;
    const regionIds = allRegions ? [] : [...new Set(input.regionIds ?? [])];
    if (!allRegions && regionIds.length === 0) throw badInput('regionIds', 'Choose at least one region, or all regions.');
    for (const id of regionIds) {
      if (!(await this.regions.byId(id))) throw badInput('regionIds', 'One of the chosen regions does not exist.');
    }
    const record: AccountRecord = {
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      regions: regionIds,
      allRegions,
      disabled: false,
      createdAt: now(),
    };
    const regionNames = await this.regionNames(allRegions, regionIds);
    const created = await this.repo.createUnique(record, [{
      action: AuditAction.ACCOUNT_CREATED, actorId: viewer?.accountId ?? null, targetType: 'account', targetId: record.id,
      summary: `Account created for ${record.displayName}: ${roleWord(record.role)}, ${regionNames}${viewer ? '' : ' (by the shell command)'}`,
      details: [{ field: 'role', from: null, to: record.role }, { field: 'regions', from: null, to: regionNames }],
    }]);
    if (!created) throw new AppError('CONFLICT', 'An account with that email already exists.', [{ field: 'email', message: 'An account with that email already exists.' }]);
    return this.toAccount(created);
  }

  /** Admins change accounts. An admin cannot disable or demote themselves, so an admin always remains. */
  async update(viewer: Viewer, id: string, input: UpdateAccountInput): Promise<Account> {
    if (viewer.role !== Role.ADMIN) throw forbidden('Only an admin can change accounts.');
    const [current] = await this.repo.byIds([id]);
    if (!current) throw notFound('That account');
    if (id === viewer.accountId && input.disabled) throw badInput('disabled', 'You cannot disable your own account.');
    if (id === viewer.accountId && input.role !== Role.ADMIN) throw badInput('role', 'You cannot take the admin role from yourself; ask another admin.');
    const allRegions = input.role === Role.ADMIN || !!input.allRegions;
    const regionIds = allRegions ? [] : [...new Set(input.regionIds ?? [])];
    if (!allRegions && regionIds.length === 0) throw badInput('regionIds', 'Choose at least one region, or all regions.');
    for (const r of regionIds) {
      if (!(await this.regions.byId(r))) throw badInput('regionIds', 'One of the chosen regions does not exist.');
    }
    const next: AccountRecord = {
      ...current, displayName: input.displayName.trim(), role: input.role, regions: regionIds, allRegions, disabled: !!input.disabled,
      canExport: input.canExport ?? !!current.canExport,
      passwordHash: input.password ? await hashPassword(input.password) : current.passwordHash,
    };
    const updated = await this.repo.update(next, await this.auditOfChange(viewer, current, next, !!input.password));
    return this.toAccount(updated);
  }

  private async regionNames(allRegions: boolean, ids: readonly string[]): Promise<string> {
    if (allRegions) return 'all regions';
    return (await Promise.all(ids.map(async (id) => (await this.regions.byId(id))?.name ?? id))).sort().join(', ');
  }

  /** One audit entry per kind of change (role, regions, permission, disabled, the rest); never the password itself. */
  private async auditOfChange(viewer: Viewer, before: AccountRecord, after: AccountRecord, passwordChanged: boolean): Promise<AuditInput[]> {
    const base = { actorId: viewer.accountId, targetType: 'account', targetId: after.id };
    const who = after.displayName;
    const out: AuditInput[] = [];
    if (before.role !== after.role) {
      out.push({ ...base, action: AuditAction.ROLE_CHANGED, summary: `${who}: role changed from ${roleWord(before.role)} to ${roleWord(after.role)}`, details: [{ field: 'role', from: before.role, to: after.role }] });
    }
    const [regionsBefore, regionsAfter] = await Promise.all([this.regionNames(before.allRegions, before.regions), this.regionNames(after.allRegions, after.regions)]);
    if (regionsBefore !== regionsAfter) {
      out.push({ ...base, action: AuditAction.REGIONS_CHANGED, summary: `${who}: regions changed from ${regionsBefore} to ${regionsAfter}`, details: [{ field: 'regions', from: regionsBefore, to: regionsAfter }] });
    }
    if (!!before.canExport !== !!after.canExport) {
      out.push({ ...base, action: AuditAction.PERMISSION_CHANGED, summary: `${who}: export permission ${after.canExport ? 'granted' : 'taken away'}`, details: [{ field: 'canExport', from: String(!!before.canExport), to: String(!!after.canExport) }] });
    }
    if (before.disabled !== after.disabled) {
      out.push({ ...base, action: after.disabled ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED, summary: `${who}: account ${after.disabled ? 'disabled (its sessions ended)' : 'enabled again'}` });
    }
    const details = [
      ...(before.displayName !== after.displayName ? [{ field: 'displayName', from: before.displayName, to: after.displayName }] : []),
      ...(passwordChanged ? [{ field: 'password', from: null, to: null }] : []),
    ];
    if (details.length) {
      out.push({ ...base, action: AuditAction.ACCOUNT_CHANGED, summary: `${who}: ${details.map((d) => (d.field === 'password' ? 'password set by an admin' : 'name changed')).join(', ')}`, details });
    }
    return out;
  }

  /** Admins see every account; staff and leaders see accounts that share a region with them (to assign connectors). */
  async list(viewer: Viewer, role?: Role): Promise<Account[]> {
    if (viewer.role === Role.CONNECTOR) throw forbidden('Connectors cannot list accounts.');
    const all = await this.repo.all();
    const visible = all.filter(
      (a) =>
        viewer.role === Role.ADMIN ||
        viewer.allRegions ||
        a.allRegions ||
        a.regions.some((r) => viewer.regions.includes(r)),
    );
    return Promise.all(visible.filter((a) => !role || a.role === role).map((a) => this.toAccount(a)));
  }

  /**
   * Enabled accounts that work in a region the viewer works in (or in `regionId`, one of the viewer's): whom a
   * follow-up can be given to. Names and roles only, so connectors may see it too.
   */
  async teammates(viewer: Viewer, regionId?: string | null): Promise<Teammate[]> {
    if (regionId && !inRegion(viewer, regionId)) throw badInput('regionId', 'Choose one of your regions.');
    const shares = (a: AccountRecord) =>
      a.allRegions || (regionId ? a.regions.includes(regionId) : viewer.allRegions || a.regions.some((r) => viewer.regions.includes(r)));
    return (await this.repo.all())
      .filter((a) => !a.disabled && shares(a))
      .map((a) => ({ id: a.id, displayName: a.displayName, role: a.role }));
  }

  /** The name an account goes by, or null when there is no such account (who approved, who did what). */
  async displayName(id: string): Promise<string | null> {
    return (await this.repo.byIds([id]))[0]?.displayName ?? null;
  }

  async byIds(ids: readonly string[]): Promise<Account[]> {
    return Promise.all((await this.repo.byIds(ids)).map((a) => this.toAccount(a)));
  }

  /** Links the account to its own person record ("this is me"), or unlinks it with null. */
  async setPerson(accountId: string, personId: string | null): Promise<Account> {
    const record = await this.repo.setPerson(accountId, personId);
    if (!record) throw conflict('Another account is already linked to that person. Ask an admin if it should be yours.');
    return this.toAccount(record);
  }

  /** Any account chooses its own language (null: follow the browser); recorded in the audit log like its other changes. */
  async setLocale(viewer: Viewer, locale: string | null): Promise<Account> {
    if (locale !== null && !isLocale(locale)) {
      throw badInput('locale', 'Choose "en" (English) or "es" (Spanish), or null to follow the browser’s language.');
    }
    const [before] = await this.repo.byIds([viewer.accountId]);
    if (!before) throw notFound('That account');
    const from = storedLocale(before.locale);
    if (from === locale) return this.toAccount(before);
    const audit: AuditInput = {
      action: AuditAction.ACCOUNT_CHANGED,
      actorId: viewer.accountId,
      targetType: 'account',
      targetId: viewer.accountId,
      summary: `${before.displayName}: language ${locale ?? 'of the browser'}`,
      details: [{ field: 'locale', from, to: locale }],
    };
    const record = await this.repo.setLocale(viewer.accountId, locale, [audit]);
    if (!record) throw notFound('That account');
    return this.toAccount(record);
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  async toAccount(a: AccountRecord): Promise<Account> {
    const regions = a.allRegions ? await this.regions.all() : (await Promise.all(a.regions.map((id) => this.regions.byId(id)))).filter((r) => !!r);
    return {
      id: a.id,
      email: a.email,
      displayName: a.displayName,
      role: a.role,
      regions,
      allRegions: a.allRegions,
      disabled: a.disabled,
      canExport: a.role === Role.ADMIN || !!a.canExport,
      createdAt: a.createdAt,
      personId: a.personId ?? null,
      locale: storedLocale(a.locale),
    };
  }
}
