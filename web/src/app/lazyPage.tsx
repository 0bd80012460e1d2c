import { lazy, Suspense, type ComponentType } from 'react';
import { Alert, Loading } from '../components/Alert';
import { t } from '../i18n/intl';

/**
 * A page loaded with its route: each feature becomes its own chunk, so the first visit downloads the
 * shell and the page it opens, not every page (the map's sigma/graphology only when the map opens).
 */
export function lazyPage<M, K extends keyof M & string>(load: () => Promise<M>, name: K): ComponentType {
  const Page = lazy(async () => {
    try {
      return { default: (await load())[name] as ComponentType };
    } catch {
      // After an upgrade an open tab asks for chunks the server no longer has: say so instead of a blank page.
      return { default: PageNotLoaded };
    }
  });
  return function RoutePage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

function PageNotLoaded() {
  return (
    <div className="page">
      <Alert>{t('app.thisPageCouldNotBe')}</Alert>
      <button type="button" className="button-primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
