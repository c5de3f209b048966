// Lint of the whole repository (`npm run lint`): the recommended rules of ESLint and typescript-eslint,
// Lit's and web components' rules for the widgets, React hooks' rules for the admin. Formatting is
// Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'widgets/custom-elements.json',
      'examples/cms/.tmp/',
      'examples/cms/.strapi/',
      'examples/cms/build/',
      'examples/cms/public/',
      'test/.tmp/',
      'bench/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a signature, a destructured rest).
      // One import statement per module (a type-only one may stand beside it).
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Strapi loads CommonJS config and entry files.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // `const crypto = require('node:crypto')` is the usual way to load Node's module, not a mistake.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    files: ['widgets/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['widgets/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Chai's assertions are property reads: `expect(x).to.exist`.
    files: ['widgets/src/**/*.test.ts', 'widgets/src/shared/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['cms/admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['examples/sites/**/*.js', 'bench/**/*.mjs', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
