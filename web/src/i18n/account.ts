import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ME } from '../auth/session';
import { useCallback, useEffect } from 'react';
import { useLocaleChoice } from './I18nProvider';
import { isLocale, type Locale } from './locale';

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
  const client = useApolloClient();
  const { data } = useQuery(ME);
  const [save] = useMutation(SET_MY_LOCALE);
  const saveQuietly = useCallback(
    (locale: Locale | null, refetch: boolean) => {
      // The pick shows and stays in this browser even when the account cannot take it (older server, offline).
      save({ variables: { locale } })
        // The server says history, reasons and labels in the account's language: once it has the new one, read them again.
        .then(() => (refetch ? client.resetStore() : undefined))
        .catch(() => undefined);
    },
    [save, client],
  );
  const account = data?.me;
  useEffect(() => {
    if (!account || syncedAccount === account.id) return;
    syncedAccount = account.id;
    const saved = isLocale(account.locale) ? account.locale : null;
    if (saved && saved !== picked) pick(saved);
    else if (!saved && picked) saveQuietly(picked, false);
  }, [account, picked, pick, saveQuietly]);
  return useCallback(
    (locale: Locale | null) => {
      pick(locale);
      saveQuietly(locale, true);
    },
    [pick, saveQuietly],
  );
}
