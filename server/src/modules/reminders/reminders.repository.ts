import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { ReminderQueries } from './reminders.queries.js';
import { DEFAULT_LOCALE, storedLocale, type Locale } from '../../i18n/locales.js';

export interface DigestFollowUp {
  id: string;
  text: string;
  dueDate: string;
  people: Array<{ id: string; name: string }>;
}

export interface DigestAccount {
  accountId: string;
  email: string;
  displayName: string;
  /** The account's language; the email has no browser to ask, so unset means English. */
  locale: Locale;
  followUps: DigestFollowUp[];
}

/** All Cypher about reminders: due counts, who takes the daily digest, and the day it was last sent. */
@Injectable()
export class RemindersRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async dueCount(accountId: string, today: string): Promise<{ due: number; overdue: number }> {
    const [row] = await this.store.read(ReminderQueries.dueCount, { accountId, today });
    return { due: row?.total ?? 0, overdue: row?.overdue ?? 0 };
  }

  /** Accounts taking the digest that have something due, each with its follow-ups in due-date order. */
  async digest(today: string): Promise<DigestAccount[]> {
    const accounts = new Map<string, DigestAccount>();
    const followUps = new Map<string, DigestFollowUp>();
    for (const r of await this.store.read(ReminderQueries.digest, { today })) {
      const { accountId } = r;
      let account = accounts.get(accountId);
      if (!account) accounts.set(accountId, (account = { accountId, email: r.email, displayName: r.displayName ?? '', locale: storedLocale(r.locale) ?? DEFAULT_LOCALE, followUps: [] }));
      let f = followUps.get(r.id);
      if (!f) {
        f = { id: r.id, text: r.text, dueDate: r.dueDate, people: [] };
        followUps.set(f.id, f);
        account.followUps.push(f);
      }
      if (r.personId) f.people.push({ id: r.personId, name: r.personName ?? '' });
    }
    return [...accounts.values()];
  }

  async digestEmails(accountId: string): Promise<boolean> {
    const [row] = await this.store.read(ReminderQueries.digestSetting, { accountId });
    return row ? row.digestOn !== false : true;
  }

  async setDigestEmails(accountId: string, on: boolean): Promise<boolean> {
    return (await this.store.write(ReminderQueries.setDigestSetting, { accountId, digestOn: on })).length > 0;
  }

  async lastDigestDay(): Promise<string | null> {
    const [row] = await this.store.read(ReminderQueries.lastDigestDay);
    return row?.value || null;
  }

  async setLastDigestDay(day: string): Promise<void> {
    await this.store.write(ReminderQueries.setLastDigestDay, { value: day });
  }
}
