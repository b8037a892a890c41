import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The SPA source lives in frontend/; the build goes to server/spa/dist so that
// the Go binary can embed it (`//go:embed all:dist` in package server/spa).
const frontendDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../server/spa/dist', import.meta.url));

// The Go server (default :8080) serves the API; the dev server proxies to it.
const backend = process.env.YBH_BACKEND ?? 'http://127.0.0.1:8080';
const proxied = ['/query', '/graphiql', '/healthz', '/readyz'];

export default defineConfig({
  root: frontendDir,
  plugins: [react()],
  build: {
    outDir,
    // emptyOutDir would delete the committed server/spa/dist/.gitkeep; the
    // `prebuild` npm script (frontend/scripts/clean-dist.mjs) empties it instead.
    emptyOutDir: false,
    assetsDir: 'assets',
    sourcemap: false,
    // The explorer's lazy GraphiQL chunk carries Monaco (~2.8 MB, 0.7 MB gzip)
    // and its workers; the first route's budget is checked by check-bundle.mjs.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React-compiler output starts modules with "use no memo",
        // which bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: backend, changeOrigin: false, ws: p === '/query' }])),
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: backend }])),
  },
});
