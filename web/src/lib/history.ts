import { gql } from '@apollo/client';

/** What a record page shows of each history entry (HistoryList); use as `history(limit: 20) { ...ChangeFields }`. */
export const CHANGE_FIELDS = gql`
  fragment ChangeFields on Change {
    id
    action
    at
    byName
    summary
    changes {
      field
      from
      to
    }
  }
`;
