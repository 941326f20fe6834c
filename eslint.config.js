// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, and
// eslint-plugin-jsx-a11y's accessibility rules applied to .astro templates.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-subpath/',
    'dist-i18n/',
    'dist-i18n-ru/',
    'dist-parts/',
    '.astro/',
    'tmp/',
    'screenshots/',
    'test-results/',
    'playwright-report/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    // `const { author: _omitted, ...rest } = data` is how the tests drop a field.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    files: ['public/**/*.js', 'src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
