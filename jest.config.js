// @ts-check
/**
 * Two projects:
 *  - unit: `*.spec.ts` beside the code, pure and fast;
 *  - integration: `test/**\/*.test.ts`, against the real PostgreSQL, Temporal and Meilisearch that
 *    the global setup starts through the same launcher as `npm start`.
 * Our TypeScript and the ESM-only packages we load in-process (NestJS 12, meilisearch, …) are
 * compiled to CommonJS by SWC: Jest on Node 20 cannot require() ES modules natively.
 */
const fs = require('node:fs');
const path = require('node:path');

const swcOptions = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcOptions.$schema;
swcOptions.module = { type: 'commonjs', ignoreDynamic: false };
swcOptions.sourceMaps = 'inline';

const esmPackages = [
  '@nestjs',
  'meilisearch',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  'load-esm',
  'uid',
  '@borewit',
];

/** @type {Partial<import('jest').Config>} */
const shared = {
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcOptions] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows,scripts}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/setup-env.ts'],
      testTimeout: 120_000,
      slowTestThreshold: 30,
    },
  ],
};
