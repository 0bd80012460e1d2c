import { Link } from 'react-router';
import { errorCode, errorMessage } from '../lib/errors';
import { Alert } from './Alert';
import { t } from '../i18n/intl';

/** What a page shows when its query failed: not found (or out of the viewer's regions), or the message. */
export function QueryError({ error, backTo, backLabel }: { error: unknown; backTo?: string; backLabel?: string }) {
  const code = errorCode(error);
  return (
    <div className="page">
      <h1>{code === 'NOT_FOUND' ? t('components.notFound') : t('components.couldNotLoadThisPage')}</h1>
      <Alert>{errorMessage(error)}</Alert>
      {backTo && (
        <p>
          <Link to={backTo}>{backLabel ?? t('components.back')}</Link>
        </p>
      )}
    </div>
  );
}
