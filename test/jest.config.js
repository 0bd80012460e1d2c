// End-to-end suites: the built server as a separate process, spoken to over HTTP, and the web app in headless Chromium.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  testMatch: ['<rootDir>/api/**/*.test.ts', '<rootDir>/browser/**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  // Above the server's start timeout (support/server.ts), so a slow start reports its output, not a hook timeout.
  testTimeout: 150000,
};
