// ESLint for the task pane (`npm run lint`, run by the repository's test.sh): ESLint's and typescript-eslint's
// recommended rules with type information, React's Rules of Hooks and its compiler-derived checks, and exhaustive
// switches over unions (a kind added to the OpenAPI document is then named wherever a switch misses it).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // schema.d.ts is openapi-typescript's output (npm run api:types), checked by npm run api:check instead.
  globalIgnores(['node_modules/', 'src/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: { allowDefaultProject: ['vite.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A default arm does not make a switch over a union exhaustive: every member must have its case.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Fakes implement async interfaces with async functions that need no await.
      '@typescript-eslint/require-await': 'off',
      // expect(fake.method).toHaveBeenCalled…() reads a vi.fn, which does not use `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
    // `const { aliases, ...user } = …` leaves a field out.
    rules: { 'no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    // Classic scripts the pages load before their modules, in ES5: unsupported-webview.js must run where the ES2022
    // modules cannot (Trident, EdgeHTML), early-problems.js right after office.js.
    files: ['public/*.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: globals.browser },
  },
);
