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

/**
 * After the user follows a link to another page, focus moves to that page's main heading, so a screen reader
 * reads where they are and Tab continues from the page, not from the link they used. Pages load their code and
 * data first, so the heading is awaited (for a while) rather than expected at once. The first page of a visit is
 * left alone: the browser starts at the top.
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>, pathname: string): void {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const root = main.current;
    if (!root) return;
    const focusHeading = () => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      // Only when the user has not moved on already (typing into the new page's search box, say).
      const active = document.activeElement;
      if (active && active !== document.body && root.contains(active) && active !== root) return true;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const giveUp = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(giveUp);
    };
  }, [main, pathname]);
}
