import { Injectable } from '@nestjs/common';
import { badInput, forbidden } from '../../common/app-error.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination.js';
import { Role, type Viewer } from '../../common/viewer.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { sayStored } from '../../i18n/said.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { AuditEntry, AuditLogArgs } from './audit.model.js';
import type { AuditFilter } from './audit.queries.js';
import { AuditRepository } from './audit.repository.js';

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The admins' audit log. Entries are written by the actions themselves (recordAudit, in their transaction); this
 * reads them. Nothing in the app prunes them: they are kept as long as the database (see docs/audit-log.md).
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  async list(viewer: Viewer, args: AuditLogArgs): Promise<Page<AuditEntry>> {
    if (viewer.role !== Role.ADMIN) throw forbidden('Only admins see the audit log.');
    const f = args.filter ?? {};
    if (f.from && f.to && f.to < f.from) throw badInput('filter.to', 'The last day is before the first day: choose a later one.');
    const actions = f.actions ?? [];
    const filter: AuditFilter = {
      accountId: f.accountId ?? '', anyAction: actions.length === 0, actions: actions.length ? actions : [''],
      from: f.from ?? '', to: f.to ? nextDay(f.to) : '',
    };
    const [afterAt, afterId] = args.after ? decodeCursor(args.after).split('\u0001') : [];
    const [records, total] = await Promise.all([
      this.repo.page(filter, afterAt !== undefined ? { at: afterAt, id: afterId ?? '' } : null, args.first + 1),
      this.repo.count(filter),
    ]);
    const names = new Map((await this.accounts.byIds([...new Set(records.map((r) => r.actorId).filter(Boolean))])).map((a) => [a.id, a.displayName]));
    const locale = requestLocale();
    const entries = records.map((r): AuditEntry => ({
      id: r.id, at: r.at, action: r.action, actorId: r.actorId || null, actorName: names.get(r.actorId) ?? null,
      targetType: r.targetType || null, targetId: r.targetId || null, summary: sayStored(locale, r.summaryMessage, r.summary), changes: JSON.parse(r.details || '[]'),
      clientAddress: r.clientAddress || null,
    }));
    return toPage(entries, args.first, total, (e) => `${e.at}\u0001${e.id}`);
  }
}
