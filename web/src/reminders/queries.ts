import { gql, type TypedDocumentNode } from '@apollo/client';

export interface MyReminders {
  due: number;
  overdue: number;
  digestEmails: boolean;
  digestAvailable: boolean;
}

const REMINDER_FIELDS = gql`
  fragment ReminderFields on MyReminders {
    due
    overdue
    digestEmails
    digestAvailable
  }
`;

export const MY_REMINDERS: TypedDocumentNode<{ myReminders: MyReminders }, Record<string, never>> = gql`
  query MyReminders {
    myReminders {
      ...ReminderFields
    }
  }
  ${REMINDER_FIELDS}
`;

export const SET_DIGEST_EMAILS: TypedDocumentNode<{ setDigestEmails: MyReminders }, { on: boolean }> = gql`
  mutation SetDigestEmails($on: Boolean!) {
    setDigestEmails(on: $on) {
      ...ReminderFields
    }
  }
  ${REMINDER_FIELDS}
`;
