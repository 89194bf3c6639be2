/**
 * One jest run for every test. globalSetup starts a real Neo4j (unless NEO4J_URI is set) and
 * checks Redis, so no test is ever skipped for want of a service: the run fails and says why.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 60000,
  verbose: true,
};
