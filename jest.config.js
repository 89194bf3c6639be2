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
  // Tests run in one worker process (two cores: jest would otherwise run them all inside its own
  // process), replaced once a test file leaves it above this: in-process apps on the demo world
  // and the fuzzers' thousands of requests grew one process to 6 GB, and a test file near the end
  // of the run then took several times as long as alone.
  workerIdleMemoryLimit: '1GB',
  verbose: true,
};
