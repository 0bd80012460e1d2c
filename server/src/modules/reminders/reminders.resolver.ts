import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { RemindersService } from './reminders.service.js';

@ObjectType({ description: 'What the signed-in user is reminded of: follow-ups due, and the daily email.' })
export class MyReminders {
  @Field(() => Int, { description: 'Open follow-ups assigned to me that are due today (UTC) or overdue.' }) due: number;
  @Field(() => Int, { description: 'Of those, the ones due before today.' }) overdue: number;
  @Field({ description: 'I get the daily email of due follow-ups (on unless turned off).' }) digestEmails: boolean;
  @Field({ description: 'The server sends emails (SMTP is set up); when false, digestEmails has no effect.' }) digestAvailable: boolean;
}

@Resolver()
export class RemindersResolver {
  constructor(private readonly service: RemindersService) {}

  @Query(() => MyReminders)
  myReminders(@CurrentViewer() viewer: Viewer): Promise<MyReminders> {
    return this.service.of(viewer.accountId);
  }

  @Mutation(() => MyReminders, { description: 'Turns my daily email of due follow-ups on or off.' })
  setDigestEmails(@CurrentViewer() viewer: Viewer, @Args('on') on: boolean): Promise<MyReminders> {
    return this.service.setDigestEmails(viewer.accountId, on);
  }
}
