import { createContext, useContext } from 'react';
import type { Me } from '../types';

export const MeContext = createContext<Me | null>(null);

/** The signed-in account; only used inside the signed-in app shell. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in app');
  return me;
}
