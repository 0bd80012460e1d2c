import { useLocation } from 'react-router';
import { Alert } from './Alert';

/** A one-line result passed with navigate(to, { state: { flash } }), e.g. after a delete. */
export function Flash() {
  const state = useLocation().state as { flash?: unknown } | null;
  return typeof state?.flash === 'string' ? <Alert kind="success">{state.flash}</Alert> : null;
}
