import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { useLocaleChoice } from './I18nProvider';
import { isLocale, type Locale } from './locale';

/** Read apart from ME: a server without Account.locale answers this with an error and the app goes on. */
export const MY_LOCALE: TypedDocumentNode<{ me: { id: string; locale: string | null } | null }, Record<string, never>> = gql`
  query MyLocale {
    me {
      id
      locale
    }
  }
`;

export const SET_MY_LOCALE: TypedDocumentNode<{ setMyLocale: { id: string; locale: string | null } }, { locale: Locale | null }> = gql`
  mutation SetMyLocale($locale: String) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`;

/** The account last brought in step in this page: after that, picks made here are the news (they survive remounts). */
let syncedAccount: string | null = null;

/**
 * Keeps the account's language and this browser's pick in step: the account's pick wins when it has one (a new
 * browser speaks it at once); a pick made here while the account has none (on the sign-in page) is saved to it.
 * Returns the picker's action: show the language now and save it to the account.
 */
export function useAccountLocale(): (locale: Locale | null) => void {
  const { picked, pick } = useLocaleChoice();
  const { data } = useQuery(MY_LOCALE, { errorPolicy: 'ignore' });
  const [save] = useMutation(SET_MY_LOCALE);
  const saveQuietly = useCallback(
    (locale: Locale | null) => {
      // The pick shows and stays in this browser even when the account cannot take it (older server, offline).
      save({ variables: { locale } }).catch(() => undefined);
    },
    [save],
  );
  const account = data?.me;
  useEffect(() => {
    if (!account || syncedAccount === account.id) return;
    syncedAccount = account.id;
    const saved = isLocale(account.locale) ? account.locale : null;
    if (saved && saved !== picked) pick(saved);
    else if (!saved && picked) saveQuietly(picked);
  }, [account, picked, pick, saveQuietly]);
  return useCallback(
    (locale: Locale | null) => {
      pick(locale);
      saveQuietly(locale);
    },
    [pick, saveQuietly],
  );
}
