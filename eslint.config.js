// Lint config. The layer rules below are DESIGN.md's dependency direction, enforced:
// a file may import only from the layers its room allows.
import tseslint from 'typescript-eslint';

const layers = ['model', 'knowledge', 'pipeline', 'resolve', 'store', 'ingest', 'analytics', 'export', 'eval', 'server', 'cli', 'bench'];

/** Which src/ layers each layer may import. */
const allowed = {
  model: [],
  knowledge: ['model'],
  pipeline: ['model', 'knowledge'],
  resolve: ['model', 'knowledge', 'pipeline'],
  store: ['model'],
  ingest: ['model', 'knowledge', 'pipeline', 'resolve', 'store'],
  analytics: ['model', 'store'],
  export: ['model', 'store', 'analytics'],
  eval: ['model', 'knowledge', 'pipeline', 'ingest'],
  server: ['model', 'knowledge', 'pipeline', 'resolve', 'store', 'ingest', 'analytics', 'export', 'eval'],
  cli: ['model', 'knowledge', 'pipeline', 'resolve', 'store', 'ingest', 'analytics', 'export', 'eval', 'server'],
  bench: ['model', 'knowledge', 'pipeline', 'resolve', 'store', 'ingest', 'analytics', 'export', 'eval'],
};

const layerRules = layers.map((layer) => {
  const forbidden = layers.filter((other) => other !== layer && !allowed[layer].includes(other));
  const patterns = forbidden.length
    ? [{ group: forbidden.flatMap((f) => [`../${f}/*`, `../../${f}/*`, `../../../${f}/*`]), message: `DESIGN.md: src/${layer} may import only ${allowed[layer].join(', ') || 'nothing from src'}.` }]
    : [];
  if (layer === 'pipeline' || layer === 'model') {
    // The pipeline is pure: no I/O, no clock, no process.
    patterns.push({ group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'node:child_process'], message: 'src/' + layer + ' is pure: no I/O.' });
  }
  return {
    files: [`src/${layer}/**/*.ts`],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'data/**', 'test-output/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../src/*', '../../src/*'], allowTypeImports: true, message: 'web imports types only from src.' }] }],
    },
  },
  ...layerRules,
);
