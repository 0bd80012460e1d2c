import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../components/Alert';
import { saveErrorMessage } from '../lib/errors';
import { MY_REMINDERS, SET_DIGEST_EMAILS } from './queries';
import { t } from '../i18n/intl';

/** My choice of the daily email of due follow-ups; says so when the server sends no email at all. */
export function DigestToggle() {
  const { data } = useQuery(MY_REMINDERS, { fetchPolicy: 'cache-and-network' });
  // MyReminders has no id to normalize by: the answer replaces the query's (the navigation count reads it too).
  const [setDigest, { loading }] = useMutation(SET_DIGEST_EMAILS, {
    update: (cache, { data: answer }) => {
      if (answer) cache.writeQuery({ query: MY_REMINDERS, data: { myReminders: answer.setDigestEmails } });
    },
  });
  const [error, setError] = useState<unknown>(null);
  const r = data?.myReminders;
  if (!r) return null;

  async function toggle(on: boolean) {
    setError(null);
    try {
      await setDigest({ variables: { on } });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="digest-toggle">
      <label className="checkbox">
        <input type="checkbox" checked={r.digestEmails} disabled={loading || !r.digestAvailable} onChange={(e) => void toggle(e.target.checked)} aria-describedby="digest-help" />
        {t('reminders.emailMeMyDueAnd')}
      </label>
      <p className="muted small" id="digest-help">
        {r.digestAvailable
          ? t('reminders.oneEmailADayOnly')
          : t('reminders.thisServerDoesNotSend')}
      </p>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}
