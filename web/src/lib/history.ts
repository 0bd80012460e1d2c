import { graphql } from '../gql';

/** What a record page shows of each history entry (HistoryList); use as `history(limit: 20) { ...ChangeFields }`. */
export const CHANGE_FIELDS = graphql(`
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
`);
