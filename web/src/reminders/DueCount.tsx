import { useQuery } from '@apollo/client/react';
import { MY_REMINDERS } from './queries';
import { t } from '../i18n/intl';

/** The number beside "Follow-ups" in the navigation: open follow-ups due today or overdue (nothing when none, or when it cannot be read). */
export function DueCount() {
  const { data } = useQuery(MY_REMINDERS, { fetchPolicy: 'cache-and-network' });
  const r = data?.myReminders;
  if (!r || r.due === 0) return null;
  const label = t('reminders.dueCount', { due: r.due, overdue: r.overdue });
  return (
    <span className={`nav-count${r.overdue ? ' nav-count-overdue' : ''}`} data-testid="due-count" title={label}>
      <span aria-hidden="true">{r.due}</span>
      <span className="visually-hidden">{' '}{t('common.symbol57', { label })}</span>
    </span>
  );
}
