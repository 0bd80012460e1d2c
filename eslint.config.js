// Lint for the whole repository (npm run lint, part of npm test). The rules are ones the code passes today;
// docs/lint.md lists rules it does not pass yet, with their counts.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The engines live behind the GraphStore port (server/src/graph/); domain code never imports one. */
const ENGINES_BEHIND_THE_PORT = {
  patterns: [
    {
      group: ['@ladybugdb/core', '@ladybugdb/core/*', 'neo4j-driver', 'neo4j-driver/*'],
      message: 'Engines stay behind the GraphStore port: use server/src/graph/ (graph-store.port.ts) instead.',
    },
  ],
};

/**
 * formatjs's no-literal-string-in-jsx, less literals that are only whitespace: {' '} keeps two words or elements
 * apart and has nothing to translate.
 */
const literalText = formatjs.rules['no-literal-string-in-jsx'];
const noLiteralText = {
  meta: literalText.meta,
  create(context) {
    const quiet = Object.create(context, {
      report: {
        value(descriptor) {
          const { node } = descriptor;
          const value = node?.type === 'Literal' ? node.value : node?.type === 'JSXAttribute' && node.value?.type === 'Literal' ? node.value.value : null;
          if (typeof value === 'string' && !value.trim()) return;
          context.report(descriptor);
        },
      },
    });
    return literalText.create(quiet);
  },
};

/**
 * Pages whose text is still English in the code (issue 15, point 1): the literal-string rule skips them until
 * they are converted. The list only shrinks.
 */
const NOT_YET_IN_CATALOGUES = [];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'data/**', 'web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['server/tsconfig.json', 'web/tsconfig.json', 'test/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      // No import circle anywhere (type-only circles too: npm run lint:cycles).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ['server/src/**/*.ts', 'server/test/**/*.ts'],
    // The Neo4j adapter's own test speaks to the driver it wraps.
    ignores: ['server/src/graph/**', 'server/test/neo4j-store.spec.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', ENGINES_BEHIND_THE_PORT] },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Every text a person reads comes from the catalogues (web/src/i18n/*.json through t() or react-intl): a literal
    // in JSX, or in a prop that shows as text, is an untranslated string. Tests may write literals.
    files: ['web/src/**/*.tsx'],
    ignores: ['web/src/**/*.test.tsx', 'web/src/test/**', ...NOT_YET_IN_CATALOGUES],
    plugins: { i18n: { rules: { 'no-literal-text': noLiteralText } } },
    rules: {
      'i18n/no-literal-text': [
        'error',
        {
          props: {
            include: [
              // Our components' text props (Field's label, hint; Loading's label; ConfirmButton's question...); data-label is a
              // table cell's column name, shown on narrow screens (styles.css .list-table td::before).
              ['*', '{label,hint,title,placeholder,question,confirmLabel,emptyText,legend,caption,description,alt,summary,data-label}'],
            ],
          },
        },
      ],
    },
  },
  {
    // Plain scripts run by Node; bench/map.mjs also runs functions inside the browser page.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The end-to-end client reads loosely typed GraphQL answers; each test states the shape it expects.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
