import { graphql } from '../gql';
import type { BulkResultFieldsFragment } from '../gql/graphql';
import { t } from '../i18n/intl';

/** What a bulk action did, or how far a large one running as a job is: every bulk mutation returns these. */
export const BULK_RESULT_FIELDS = graphql(`
  fragment BulkResultFields on BulkResult {
    id
    summary
    changed
    unchanged
    skipped
    status
    done
    total
    error
  }
`);

export type BulkResult = BulkResultFieldsFragment;

/** Undoes the viewer's last bulk action, whichever list it was started from (people or organizations). */
export const UNDO_LAST_BULK_ACTION = graphql(`
  mutation UndoLastBulkAction {
    undoLastBulkAction {
      ...BulkResultFields
    }
  }
`);

/** How far a bulk action running as a job is; asked again and again while it runs. */
export const BULK_ACTION = graphql(`
  query BulkAction($id: ID!) {
    bulkAction(id: $id) {
      ...BulkResultFields
    }
  }
`);

/** What an undo did, naming the records it left alone because someone changed them since. */
export function undoOutcome(r: { summary: string; skipped: readonly string[] }): string {
  return r.skipped.length ? t('lists.undoneLeftAlone', { summary: r.summary, names: r.skipped.join(', ') }) : r.summary;
}
