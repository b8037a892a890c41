// ESLint flat config for the SPA (frontend/) and the browser tests (e2e/),
// run by `npm run lint` and `make lint` with no warnings allowed. TypeScript
// is linted type-aware through the project's own tsconfigs; formatting is
// Prettier's (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated (graphql-codegen, Vite) or installed: not ours to lint.
    ignores: ['frontend/src/gql/**', 'server/spa/dist/**', 'node_modules/**', 'coverage/**', 'e2e/artifacts/**'],
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // e2e/ scripts hand functions to page.evaluate / waitForFunction, which run in the browser.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['frontend/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // React ignores what an event handler returns, and the async handlers
      // here settle on their own (urql resolves with `error` instead of
      // rejecting; fetch failures are caught): `onSubmit={handleSubmit}` is fine.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // As tsc's noUnusedParameters: a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['frontend/**/*.test.{ts,tsx}'],
    rules: {
      // Mocks of async APIs (fetch) are async functions so that a throw in
      // them rejects, as the real API does, whether or not they await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
);
