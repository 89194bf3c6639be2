// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only src/store/neo4j (and scripts/) talk to Neo4j: its types stop at the store's edge. */
const neo4jDriverOnlyInStore = {
  name: 'neo4j-driver',
  message: 'Only src/store/neo4j and scripts/ import neo4j-driver.',
};

/**
 * The layers of src/: each folder is one element, named as the folder.
 * Files outside them (src/main.ts, workers/, test/, scripts/, bench/) are not checked.
 */
const LAYERS = [
  'domain',
  'shared',
  'reference',
  'text',
  'match',
  'projection',
  'store',
  'access',
  'ingest',
  'use-cases',
  'jobs',
  'api',
  'cli',
  'config',
  'web',
];

/** A policy: files of layer `from` never import the layers `never` (each named in the message). */
const never = (from, layers, why) => ({
  from: { element: { type: from } },
  disallow: { to: { element: { types: { anyOf: layers } } } },
  message: `${from} never imports {{to.element.type}}: ${why}`,
});

/** A policy: files of layer `from` import nothing of the project outside their own layer. */
const onlyItself = (from, why) => ({
  from: { element: { type: from } },
  disallow: { to: { module: { origin: 'local' }, element: { type: `!${from}` } } },
  message: `${from} imports only ${from} (not {{to.element.type}}): ${why}`,
});

const layerPolicies = [
  onlyItself('domain', 'the domain is the bottom layer, schemas and keys every other layer shares'),
  {
    from: { element: { type: 'domain' } },
    disallow: { to: { module: { origin: 'core' } } },
    // every builtin, however spelled (fs, node:fs, fs/promises): the plugin knows Node's list
    message: 'domain is pure: no I/O, no Node builtins ({{to.module.source}})',
  },
  onlyItself('shared', 'shared holds errors, the logger and small utilities with no project imports'),
  onlyItself('web', 'the page runs in the browser; its API types are generated from /openapi.json'),
  never(
    'reference',
    LAYERS.filter((l) => !['domain', 'shared', 'reference'].includes(l)),
    'reference data (the national code tables) is read by the engines and the import, below both',
  ),
  never(
    'text',
    LAYERS.filter((l) => !['domain', 'shared', 'text'].includes(l)),
    'name and text processing is pure, below the engines',
  ),
  never(
    'match',
    ['store', 'jobs', 'api', 'use-cases', 'ingest', 'access', 'cli', 'config', 'web'],
    'engines are pure functions over a projected graph; the use cases read the store and feed them',
  ),
  never(
    'projection',
    ['api', 'jobs', 'use-cases', 'ingest', 'access', 'cli', 'web'],
    'the projection is built from the store for the engines, below everything that runs them',
  ),
  never(
    'store',
    ['api', 'jobs', 'use-cases', 'access', 'match', 'projection', 'ingest', 'cli', 'web'],
    'the store is the port to storage and its adapters; the layers above import it, not the other way',
  ),
  never(
    'access',
    ['api', 'jobs', 'use-cases', 'match', 'projection', 'ingest', 'cli', 'web'],
    'keys, roles and audit sit on the store, under the API that checks them',
  ),
  never('config', ['api', 'jobs', 'use-cases', 'cli', 'web'], 'settings are read before anything runs'),
];

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
      'no-restricted-imports': ['error', { paths: [neo4jDriverOnlyInStore] }],
    },
  },
  { files: ['src/store/neo4j/**', 'scripts/**'], rules: { 'no-restricted-imports': 'off' } },
  // the layers of src/ and which may import which
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
      'import/resolver': {
        typescript: { project: ['tsconfig.json', 'src/web/tsconfig.json'], noWarnOnMultipleProjects: true },
        node: true,
      },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies: layerPolicies }],
    },
  },
  // the web page runs in the browser: its globals, not Node's
  { files: ['src/web/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
