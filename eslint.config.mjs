// @ts-check
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const builtinBan = nodeBuiltins.map((name) => ({
  name,
  message: 'Workflow code is deterministic and sandboxed: no Node built-ins. Do I/O in an activity.',
}));

/** Import rules of ARCHITECTURE.md, one block per part of the tree. */
const importRules = [
  {
    files: ['workflows/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinBan,
          patterns: [
            {
              regex: '^@legis/(?!domain(/[a-z-]+)?$|workflows/contracts$)',
              message: 'Workflows import only @legis/domain, @temporalio/workflow and activity types.',
              allowTypeImports: true,
            },
            {
              regex: '^@temporalio/(?!workflow$|common$)',
              message: 'Workflows import only @temporalio/workflow (and @temporalio/common types).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    // Specs may read fixtures from disk; the code under test may not.
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'libs/domain is pure: no I/O, no Node built-ins.' })),
          patterns: [{ regex: '^@legis/', message: 'libs/domain imports nothing of ours.' }],
        },
      ],
    },
  },
  {
    files: ['libs/*/src/**/*.ts'],
    ignores: ['libs/domain/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@legis/(api|worker)(/|$)', message: 'libs never import apps.' },
            { regex: '^(\\.\\./)+apps/', message: 'libs never import apps.' },
            { regex: '^@legis/workflows$', message: 'Only workflows/contracts is shared; bodies run in the worker sandbox.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@legis/workflows$', message: 'The API imports @legis/workflows/contracts, never workflow bodies.' },
            { regex: '^@legis/worker(/|$)', message: 'Apps do not import each other.' },
            { regex: '^@temporalio/(worker|workflow)$', message: 'The API talks to Temporal through @legis/temporal.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/worker/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@legis/api(/|$)', message: 'Apps do not import each other.' }] },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.tools/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-extraneous-class': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Response bodies are asserted field by field; typing every one would add noise, not safety.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  ...importRules,
);
