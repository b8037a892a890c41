// GraphQL Code Generator config (run from the repo root: `npm run codegen`).
//
// Schema:    graph/*.graphql at the repo root (entgql's graph/ent.graphql plus
//            any hand-written graph/*.graphql extensions), merged together.
//            Override with SCHEMA=<path or glob>[,<path or glob>...] to point at
//            another schema, e.g. SCHEMA=/tmp/stub-schema/schema.graphql.
// Documents: every graphql(`...`) call in frontend/src/**/*.{ts,tsx}, except
//            the generated frontend/src/gql/ itself.
// Output:    frontend/src/gql/ (generated, committed, deterministic).
import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(frontendDir, '..');

// Globs are matched with forward slashes, also on Windows.
const fromRoot = (p: string): string => (path.isAbsolute(p) ? p : path.join(repoRoot, p)).split(path.sep).join('/');

const schema = (process.env.SCHEMA ?? 'graph/*.graphql')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .map(fromRoot);

const config: CodegenConfig = {
  overwrite: true,
  schema,
  documents: [fromRoot('frontend/src/**/*.{ts,tsx}'), '!' + fromRoot('frontend/src/gql/**')],
  ignoreNoDocuments: true,
  generates: {
    [fromRoot('frontend/src/gql') + '/']: {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // `useFragment` looks like a React hook to linters; it is not one.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Emit only the types our operations use (plus inputs/enums), so the
        // committed output does not churn with every unrelated schema change.
        onlyOperationTypes: true,
        scalars: {
          ID: 'string',
          Time: 'string',
          Cursor: 'string',
          Map: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
