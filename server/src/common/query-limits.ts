import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type GraphQLSchema, parse, specifiedRules, type ValidationRule, validate } from 'graphql';

/**
 * What one GraphQL request may ask for. Measured on the web app's own documents (web/src/query-limits.test.ts
 * checks every one of them, and that each would still pass with every limit halved), its largest use: depth 10
 * (the endorsement board), cost 767 (a campaign's page), 178 tokens, no alias and no directive. A hostile query
 * is refused before any resolver runs.
 */
export const QUERY_LIMITS = {
  /** Levels of nested fields (a fragment spread counts as a level). */
  depth: 20,
  /** Aliased fields in one operation (`a: people { … } b: people { … }`). */
  aliases: 20,
  directives: 20,
  /** Lexical tokens in the document: stops a huge or 5,000-level-deep query while it is parsed, before any recursion gets deep. */
  tokens: 1000,
  /**
   * GraphQL Armor's cost: 2 per object and 1 per scalar, ×1.5 per level of depth, × a literal `first`. A chain of
   * people's ties 6 hops long costs 1,550 and passes; 7 hops (3,496) does not.
   */
  cost: 3000,
} as const;

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };

export const QUERY_LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'QUERY_TOO_LARGE', 'QUERY_TOO_COMPLEX'] as const;
export type QueryLimitCode = (typeof QUERY_LIMIT_CODES)[number];

const ADVICE: Record<QueryLimitCode, string> = {
  QUERY_TOO_DEEP: 'Ask for fewer levels of nested fields.',
  QUERY_TOO_MANY_ALIASES: 'Ask for each field once, or send several requests.',
  QUERY_TOO_MANY_DIRECTIVES: 'Use fewer directives.',
  QUERY_TOO_LARGE: 'Send a shorter query, or split it into several requests.',
  QUERY_TOO_COMPLEX: 'Ask for fewer fields or smaller pages, or split the query into several requests.',
};

/**
 * A query over a limit: HTTP 400, a code, and a message naming the limit. Thrown (not reported) so that
 * graphql-js stops validating at once, before its costlier rules walk a hostile document.
 */
export class QueryLimitError extends GraphQLError {
  constructor(code: QueryLimitCode, libraryMessage: string) {
    // The library's message names the limit and what was found ("Query depth limit of 15 exceeded, found 50.");
    // its "Syntax Error:" prefix is dropped, as the query's syntax is fine.
    const what = libraryMessage.replace(/^Syntax Error:\s*/, '');
    super(`${what} ${ADVICE[code]}`, { extensions: { code, http: { status: 400 } } });
  }
}

const rejectWith = (code: QueryLimitCode) => ({
  propagateOnRejection: true,
  exposeLimits: true,
  onReject: [
    (_: unknown, error: { message: string }) => {
      throw new QueryLimitError(code, error.message);
    },
  ],
});

/** Depth, aliases, directives and cost, checked when an operation is entered (GraphQL Armor's rules). */
export function queryLimitRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.depth, ...rejectWith('QUERY_TOO_DEEP') }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.aliases, ...rejectWith('QUERY_TOO_MANY_ALIASES') }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.directives, ...rejectWith('QUERY_TOO_MANY_DIRECTIVES') }) as unknown as ValidationRule,
    costLimitRule({ maxCost: limits.cost, ...rejectWith('QUERY_TOO_COMPLEX') }) as unknown as ValidationRule,
  ];
}

/** Counts the document's tokens while parsing it and stops at the limit, so the parser never recurses deep. */
export function checkQueryTokens(source: string, limits: QueryLimits = QUERY_LIMITS): void {
  const parser = new MaxTokensParserWLexer(source, { n: limits.tokens, ...rejectWith('QUERY_TOO_LARGE') });
  try {
    parser.parseDocument();
  } catch (e) {
    if (e instanceof QueryLimitError) throw e;
    // Any other syntax error is Apollo's to report, from its own parse just after this.
  }
}

/**
 * GraphQL Armor's own Apollo integration checks tokens in parsingDidStart, as here. Apollo parses the text
 * again after it, once per distinct query (it keeps parsed and validated documents), so the cost is small.
 */
export function queryTokenLimitPlugin(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          if (source !== undefined) checkQueryTokens(source, limits);
        },
      };
    },
  };
}

/**
 * A query as the server takes it: the token limit while parsing, then graphql-js's own rules and the other
 * limits. Throws a QueryLimitError or a syntax error, or returns the validation errors.
 */
export function checkQuery(schema: GraphQLSchema, source: string, limits: QueryLimits = QUERY_LIMITS): readonly GraphQLError[] {
  checkQueryTokens(source, limits);
  return validate(schema, parse(source), [...specifiedRules, ...queryLimitRules(limits)]);
}
