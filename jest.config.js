/** One jest run over every package: unit tests beside the code, end-to-end and browser tests in tests/. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    // Keep `import()` native: the embedded PostgreSQL binaries are ESM-only packages.
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: {
    '^@qorgau/shared$': '<rootDir>/../shared/src/index.ts',
    '^@qorgau/lender-client$': '<rootDir>/../lender-client/src/index.ts',
    // The lender client's sources import each other as `./x.js`, as its ES module build needs.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  // The end-to-end files mostly wait on PostgreSQL, spawned processes and Chromium: in one worker the
  // run used a third of two cores. Two workers keep both busy (each file has its own database).
  maxWorkers: 2,
  // Per project, jest ignores testTimeout; this one bounds every test, browser scenarios included.
  testTimeout: 60_000,
  globalSetup: '<rootDir>/tests/harness/global-setup.ts',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
  projects: [
    { ...common, displayName: 'shared', rootDir: 'shared', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'api', rootDir: 'api', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'lender-client', rootDir: 'lender-client', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', rootDir: 'tests', testMatch: ['<rootDir>/e2e/**/*.e2e.ts'] },
    { ...common, displayName: 'browser', rootDir: 'tests', testMatch: ['<rootDir>/browser/**/*.browser.ts'] },
  ],
};
