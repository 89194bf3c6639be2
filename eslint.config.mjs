// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.redchain/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // only src/store/neo4j may talk to Neo4j (STYLE.md rule 4)
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/store/neo4j and scripts/ import neo4j-driver.' }] },
      ],
    },
  },
  { files: ['src/store/neo4j/**', 'scripts/**'], rules: { 'no-restricted-imports': 'off' } },
  // the web page runs in the browser: its globals, not Node's
  { files: ['src/web/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
