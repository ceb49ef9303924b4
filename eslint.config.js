import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: app → features → shared (components, lib). A feature may use the feed
 * module (the one place that knows the feed) and the errors feature, never another feature's
 * internals; shared code knows no feature at all.
 */
const layerRules = [
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*', '@/features/*', '../*features*', '../*app*'], message: 'Shared code must not depend on app or features.' }] },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '@/app'], message: 'Features must not depend on the app layer.' },
            {
              group: ['@/features/*/*', '!@/features/errors/*', '@/features/feed/*'],
              message: 'Use another feature only through its public index (e.g. @/features/feed).',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only the feed module talks to the network.
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Fetch feed data through @/features/feed query options.' }],
    },
  },
  ...layerRules,
  {
    files: ['src/features/feed/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
