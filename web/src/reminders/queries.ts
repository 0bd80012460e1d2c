import { graphql } from '../gql';

export interface MyReminders {
  due: number;
  overdue: number;
  digestEmails: boolean;
  digestAvailable: boolean;
}

export const REMINDER_FIELDS = graphql(`
  fragment ReminderFields on MyReminders {
    due
    overdue
    digestEmails
    digestAvailable
  }
`);

export const MY_REMINDERS = graphql(`
  query MyReminders {
    myReminders {
      ...ReminderFields
    }
  }
`);

export const SET_DIGEST_EMAILS = graphql(`
  mutation SetDigestEmails($on: Boolean!) {
    setDigestEmails(on: $on) {
      ...ReminderFields
    }
  }
`);
