import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { todayUtc } from '../../common/clock.js';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { DailyDigest } from './digest.js';
import { RemindersRepository } from './reminders.repository.js';

@ObjectType({ description: 'What the signed-in user is reminded of: follow-ups due, and the daily email.' })
export class MyReminders {
  @Field(() => Int, { description: 'Open follow-ups assigned to me that are due today (UTC) or overdue.' }) due: number;
  @Field(() => Int, { description: 'Of those, the ones due before today.' }) overdue: number;
  @Field({ description: 'I get the daily email of due follow-ups (on unless turned off).' }) digestEmails: boolean;
  @Field({ description: 'The server sends emails (SMTP is set up); when false, digestEmails has no effect.' }) digestAvailable: boolean;
}

@Resolver()
export class RemindersResolver {
  constructor(
    private readonly repo: RemindersRepository,
    private readonly digest: DailyDigest,
  ) {}

  @Query(() => MyReminders)
  myReminders(@CurrentViewer() viewer: Viewer): Promise<MyReminders> {
    return this.reminders(viewer.accountId);
  }

  @Mutation(() => MyReminders, { description: 'Turns my daily email of due follow-ups on or off.' })
  async setDigestEmails(@CurrentViewer() viewer: Viewer, @Args('on') on: boolean): Promise<MyReminders> {
    await this.repo.setDigestEmails(viewer.accountId, on);
    return this.reminders(viewer.accountId);
  }

  private async reminders(accountId: string): Promise<MyReminders> {
    const [count, digestEmails] = await Promise.all([this.repo.dueCount(accountId, todayUtc()), this.repo.digestEmails(accountId)]);
    return { ...count, digestEmails, digestAvailable: this.digest.enabled };
  }
}
