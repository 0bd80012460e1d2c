import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a refused save, call `trigger()`: once the errors have rendered, focus moves to the first field marked
 * aria-invalid in the form, or to the form's alert when no field is.
 */
export function useFocusFirstInvalid<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [token, setToken] = useState(0);
  useEffect(() => {
    if (!token || !ref.current) return;
    const target =
      ref.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      ref.current.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [token]);
  const trigger = useCallback(() => setToken((t) => t + 1), []);
  return [ref, trigger];
}
