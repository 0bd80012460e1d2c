import { Injectable } from '@nestjs/common';
import { todayUtc } from '../../common/clock.js';
import { DailyDigest } from './digest.js';
import { RemindersRepository } from './reminders.repository.js';

/** What a person is reminded of: follow-ups due to them, and whether the daily email goes to them. */
export interface Reminders {
  due: number;
  overdue: number;
  digestEmails: boolean;
  digestAvailable: boolean;
}

@Injectable()
export class RemindersService {
  constructor(
    private readonly repo: RemindersRepository,
    private readonly digest: DailyDigest,
  ) {}

  async of(accountId: string): Promise<Reminders> {
    const [count, digestEmails] = await Promise.all([this.repo.dueCount(accountId, todayUtc()), this.repo.digestEmails(accountId)]);
    return { ...count, digestEmails, digestAvailable: this.digest.enabled };
  }

  async setDigestEmails(accountId: string, on: boolean): Promise<Reminders> {
    await this.repo.setDigestEmails(accountId, on);
    return this.of(accountId);
  }
}
