/** Failures of the store, with engine details kept out of the message that reaches users. */
export type GraphErrorKind =
  | 'unique-violation'
  | 'unavailable'
  | 'invalid-query'
  | 'internal'
  /** The engine could not read or write its files (a full disk among the causes). */
  | 'io';

export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    /** The declared query's name: safe to log (no values). */
    readonly queryName: string,
    /** The engine's own message: for server logs only, never for responses. */
    readonly engineMessage: string,
  ) {
    super(`${kind} in query ${queryName}`);
    this.name = 'GraphError';
  }
}
