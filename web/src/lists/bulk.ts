import { graphql } from '../gql';
import { t } from '../i18n/intl';

/** Undoes the viewer's last bulk action, whichever list it was started from (people or organizations). */
export const UNDO_LAST_BULK_ACTION = graphql(`
  mutation UndoLastBulkAction {
    undoLastBulkAction {
      id
      summary
      changed
      unchanged
      skipped
    }
  }
`);

/** What an undo did, naming the records it left alone because someone changed them since. */
export function undoOutcome(r: { summary: string; skipped: readonly string[] }): string {
  return r.skipped.length ? t('lists.undoneLeftAlone', { summary: r.summary, names: r.skipped.join(', ') }) : r.summary;
}
