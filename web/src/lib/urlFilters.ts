import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Changes to a list page's filters: a value sets the key, an empty value or null removes it. */
export type FilterChanges = Record<string, string | null | undefined>;

/** The URL search parameters with `changes` applied; other keys are kept. */
export function withParams(params: URLSearchParams, changes: FilterChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/**
 * A list page's filters held in the URL, so a filtered list can be bookmarked, shared and reached again with
 * Back. Changes replace the history entry: each keystroke or choice is not a page of its own.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const setFilters = useCallback((changes: FilterChanges) => setParams((current) => withParams(current, changes), { replace: true }), [setParams]);
  const setFilter = useCallback((key: string, value: string | null | undefined) => setFilters({ [key]: value }), [setFilters]);
  return { params, setFilter, setFilters };
}
