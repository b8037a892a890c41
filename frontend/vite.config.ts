import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { BACKGROUND_COLOR, iconPng, THEME_COLOR } from './scripts/icons.ts';
import { shellAssets } from './scripts/shell.ts';

// The SPA source lives in frontend/; the build goes to server/spa/dist so that
// the Go binary can embed it (`//go:embed all:dist` in package server/spa).
const frontendDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../server/spa/dist', import.meta.url));

// The Go server (default :8080) serves the API; the dev server proxies to it.
const backend = process.env.YBH_BACKEND ?? 'http://127.0.0.1:8080';
const proxied = ['/query', '/graphiql', '/healthz', '/readyz'];

// Paths the Go server answers itself: a navigation there must reach the
// network, never the SPA's cached index.html.
const serverPaths = /^\/(query|export|graphiql|metrics|healthz|readyz|debug)(\/|$)/;

// The manifest's icons, drawn at build time (frontend/scripts/icons.ts).
const iconSizes = [192, 512];
function icons(): Plugin {
  return {
    name: 'ybh-icons',
    apply: 'build',
    generateBundle() {
      for (const size of iconSizes)
        this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source: iconPng(size) });
    },
  };
}

// The app's chunk (main.tsx imports it once the first requests have left)
// and the start page's screens, with the chunks they import, preloaded from
// index.html (issue 21 item 7): "/" opens on the overview for the leaders and
// on the home for officers and cadres, so that code downloads beside the
// entry's instead of after the entry has run (main.tsx's import() and
// preloadFirstScreen in router.tsx ask for the same chunks; the browser
// fetches each once, and startApp renders once the screen is in).
const preloaded = ['/src/startApp.tsx', '/screens/AreaPage.tsx', '/screens/Home.tsx'];
function preloadFirstScreen(): Plugin {
  return {
    name: 'ybh-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files: string[] = [];
        // A chunk and every chunk it imports, however deep (a screen's
        // imports import chunks of their own).
        const visit = (f: string) => {
          const c = ctx.bundle?.[f];
          if (files.includes(f) || c?.type !== 'chunk') return;
          files.push(f);
          c.imports.forEach(visit);
        };
        for (const module of preloaded) {
          const chunk = Object.values(ctx.bundle ?? {}).find(
            (c) => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(module),
          );
          if (chunk?.type !== 'chunk') throw new Error(`no chunk of ${module} to preload: is it still its own chunk?`);
          visit(chunk.fileName);
        }
        return files
          .filter((f) => !html.includes(`/${f}"`))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

// graphql(`…`) calls compiled to the documents codegen generated, inlined
// where they are used, as the client preset's Babel plugin does (issue 21
// item 7): each chunk carries its own documents, where the preset's
// graphql() would put the map of all of them (gql.ts, ~230 kB of syntax
// trees) in the entry, parsed before the first screen can ask for anything.
function graphqlDocuments(): Plugin {
  const gqlDir = fileURLToPath(new URL('./src/gql/', import.meta.url));
  let documents = new Map<string, string>();
  return {
    name: 'ybh-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const generated = readFileSync(gqlDir + 'graphql.ts', 'utf8');
      documents = new Map(
        [...generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)].map((m) => [
          m[1],
          m[2],
        ]),
      );
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, body: string) => {
        const m = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(body);
        const doc = m && documents.get(m[2] + (m[1] === 'fragment' ? 'FragmentDoc' : 'Document'));
        if (!doc) throw new Error(`${id}: no generated document for ${m?.[2] ?? 'a graphql() call without a name'}`);
        return `(${doc})`;
      });
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  root: frontendDir,
  plugins: [
    graphqlDocuments(),
    react(),
    icons(),
    preloadFirstScreen(),
    // Installable and offline (issue 20 item 4): a manifest, and a Workbox
    // service worker that precaches the app shell (index.html and the screens'
    // chunks) and answers navigations with index.html, so the officers' forms
    // open with no network. GraphiQL's editor (Monaco, megabytes) is left out:
    // the explorer needs the API anyway. Registered from main.tsx, which asks
    // before reloading into a new version (a form may be half filled).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: '院坝汇',
        short_name: '院坝汇',
        description: '院坝汇：开州区院坝微网格治理',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        icons: [
          ...iconSizes.map((s) => ({ src: `/icon-${s}.png`, sizes: `${s}x${s}`, type: 'image/png' })),
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2,ttf}'],
        globIgnores: ['sw.js', 'workbox-*.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024, // Monaco: dropped below rather than warned about
        manifestTransforms: [
          (entries) => {
            const shell = shellAssets(outDir);
            return { manifest: entries.filter((e) => !e.url.startsWith('assets/') || shell.has(e.url)), warnings: [] };
          },
        ],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [serverPaths],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
