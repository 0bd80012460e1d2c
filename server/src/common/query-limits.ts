import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type GraphQLSchema, parse, specifiedRules, type ValidationContext, type ValidationRule, validate } from 'graphql';
import { AppError } from './app-error.js';

/**
 * What one GraphQL request may ask for. Measured on the web app's own documents (web/src/query-limits.test.ts
 * checks every one of them, and that each would still pass with every limit halved), its largest use: depth 7
 * and cost 2,008 (adding a campaign partner, which answers with the campaign page's fields), no alias and no
 * directive. A hostile query is refused before any resolver runs.
 */
export const QUERY_LIMITS = {
  /** Levels of nested fields; a fragment spread or inline fragment adds none (its fields count where they land). */
  depth: 20,
  /** Aliased fields in one operation (`a: people { … } b: people { … }`). */
  aliases: 20,
  directives: 20,
  /** Lexical tokens in the document: stops a huge or 5,000-level-deep query while it is parsed, before any recursion gets deep. */
  tokens: 1000,
  /**
   * GraphQL Armor's cost (and its default): 2 per object and 1 per scalar, ×1.5 per level of depth, × a literal
   * `first`. A page of 100 organizations with their affiliates' people and regions costs 4,278 and passes; a
   * chain of people's ties 7 hops long costs 3,496 and passes, 8 hops (7,875) does not.
   */
  cost: 5000,
} as const;

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_MANY_ALIASES' | 'QUERY_TOO_MANY_DIRECTIVES' | 'QUERY_TOO_LARGE' | 'QUERY_TOO_COMPLEX';

const ADVICE: Record<QueryLimitCode, string> = {
  QUERY_TOO_DEEP: 'Ask for fewer levels of nested fields.',
  QUERY_TOO_MANY_ALIASES: 'Ask for each field once, or send several requests.',
  QUERY_TOO_MANY_DIRECTIVES: 'Use fewer directives.',
  QUERY_TOO_LARGE: 'Send a shorter query, or split it into several requests.',
  QUERY_TOO_COMPLEX: 'Ask for fewer fields or smaller pages, or split the query into several requests.',
};

/** A query over a limit: a code, and a message naming the limit and what was found. */
export class QueryLimitError extends AppError {
  constructor(code: QueryLimitCode, libraryMessage: string) {
    // The library's message names the limit and what was found ("Query depth limit of 20 exceeded, found 50.");
    // its "Syntax Error:" prefix is dropped, as the query's syntax is fine.
    // Its cost is a fraction ("found 126251.84"): shown whole.
    const what = libraryMessage.replace(/^Syntax Error:\s*/, '').replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n))));
    super(code, `${what} ${ADVICE[code]}`);
  }
}

/**
 * A limit's refusal, reported as a validation error (Apollo answers those with 400; formatError shows the
 * QueryLimitError's code). Throwing instead would make Apollo answer 500: a measured fact, on Apollo Server 5.
 */
const reportAs = (code: QueryLimitCode) => ({
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [
    (context: ValidationContext | null, error: { message: string }) => {
      const limit = new QueryLimitError(code, error.message);
      context?.reportError(new GraphQLError(limit.message, { originalError: limit }));
    },
  ],
});

/** Depth, aliases, directives and cost, checked as each operation is entered (GraphQL Armor's rules). */
export function queryLimitRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  return [
    // flattenFragments: a fragment's fields count at the level they are spread into, so a query written with
    // colocated fragments is allowed exactly as deep as the same query written out.
    maxDepthRule({ n: limits.depth, flattenFragments: true, ...reportAs('QUERY_TOO_DEEP') }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.aliases, ...reportAs('QUERY_TOO_MANY_ALIASES') }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.directives, ...reportAs('QUERY_TOO_MANY_DIRECTIVES') }) as unknown as ValidationRule,
    costLimitRule({ maxCost: limits.cost, ...reportAs('QUERY_TOO_COMPLEX') }) as unknown as ValidationRule,
  ];
}

/**
 * Counts the document's tokens while parsing it (GraphQL Armor's parser), stopping at the limit so the
 * parser's recursion never gets deep. Null when within the limit; a syntax error is left to Apollo's parse.
 */
export function tokenLimitError(source: string, limits: QueryLimits = QUERY_LIMITS): QueryLimitError | null {
  const parser = new MaxTokensParserWLexer(source, {
    n: limits.tokens,
    exposeLimits: true,
    propagateOnRejection: true,
    onReject: [
      (_: unknown, error: { message: string }) => {
        throw new QueryLimitError('QUERY_TOO_LARGE', error.message);
      },
    ],
  });
  try {
    parser.parseDocument();
    return null;
  } catch (e) {
    return e instanceof QueryLimitError ? e : null;
  }
}

/** How many query texts within the token limit are remembered (oldest forgotten first), and the longest one. */
const ACCEPTED_TEXTS = 500;
const ACCEPTED_TEXT_CHARS = 20_000;

/**
 * Refuses a GraphQL request whose query is over the token limit with 400 and QUERY_TOO_LARGE, before Apollo
 * sees it. Here rather than in an Apollo plugin (where GraphQL Armor's own Apollo integration puts it): an
 * error thrown from Apollo Server 5's parsingDidStart becomes a 500. Apollo's own parse keeps graphql-js's
 * maxTokens as well, for any request this does not see.
 */
export function queryTokenLimit(limits: QueryLimits = QUERY_LIMITS) {
  // Texts already counted within the limit: the web app sends the same few documents again and again, and
  // counting parses the whole document again on every request.
  const accepted = new Map<string, true>();
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : typeof req.query?.query === 'string' ? req.query.query : undefined;
    if (query === undefined || accepted.has(query)) return next();
    const refused = tokenLimitError(query, limits);
    if (!refused) {
      if (query.length <= ACCEPTED_TEXT_CHARS) {
        accepted.set(query, true);
        if (accepted.size > ACCEPTED_TEXTS) accepted.delete(accepted.keys().next().value!);
      }
      return next();
    }
    res.status(400).json({ errors: [{ message: refused.message, extensions: { code: refused.code } }] });
  };
}

/**
 * A query as the server takes it: the token limit, then graphql-js's own rules and the other limits.
 * Returns the errors the server would answer with (none for a query it runs); a syntax error throws.
 */
export function checkQuery(schema: GraphQLSchema, source: string, limits: QueryLimits = QUERY_LIMITS): readonly GraphQLError[] {
  const tooLarge = tokenLimitError(source, limits);
  if (tooLarge) return [new GraphQLError(tooLarge.message, { originalError: tooLarge })];
  return validate(schema, parse(source, { maxTokens: limits.tokens }), [...specifiedRules, ...queryLimitRules(limits)]);
}
