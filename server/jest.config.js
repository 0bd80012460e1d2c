// Native ESM jest (NestJS 12 ships ESM only); SWC strips types and keeps decorator metadata for Nest.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          // Keeps `with { type: 'json' }` (the message catalogues, src/i18n): Jest wants it on JSON imports.
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  testTimeout: 30000,
  // Contract suites on Neo4j share one database (each wipes it): run them one at a time there.
  ...(process.env.NEO4J_URI ? { maxWorkers: 1 } : {}),
};
