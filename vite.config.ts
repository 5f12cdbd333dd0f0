/**
 * The web app's build. The server serves dist/web at / (with an SPA fallback to index.html);
 * in development `vite` serves src/web and forwards the API and its docs to a running server.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { ukraineAtlasPlugin } from './scripts/ukraine-atlas.mjs';

const rr = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));
const API = 'http://127.0.0.1:4000';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes a Brotli and a gzip copy beside every script, stylesheet and page of the build, which
 * the server sends to browsers that accept them (@fastify/static's preCompressed): compressed
 * once here instead of on every request. Brotli at quality 9: within a few per cent of 11, at a
 * tenth of the time.
 */
function precompress(): Plugin {
  return {
    name: 'guarantor-precompress',
    apply: 'build',
    writeBundle: async (options, bundle) => {
      const outDir = options.dir ?? '';
      const files = Object.entries(bundle).filter(([file]) => /\.(js|css|html|svg|json)$/.test(file));
      await Promise.all(
        files.map(async ([file, item]) => {
          const body = Buffer.from(item.type === 'chunk' ? item.code : item.source);
          if (body.length < 1024) return;
          const path = join(outDir, file);
          const params = { [constants.BROTLI_PARAM_QUALITY]: 9 };
          await writeFile(`${path}.br`, await brotli(body, { params }));
          await writeFile(`${path}.gz`, await gz(body, { level: 9 }));
        }),
      );
    },
  };
}

export default defineConfig(({ command }) => ({
  root: 'src/web',
  // the incidents map's outlines are cut from the Natural Earth atlas here, at build time
  plugins: [react(), ukraineAtlasPlugin(), precompress()],
  resolve: {
    // react-router's package exports point at its development build (extra checks and warnings);
    // the production build ships beside it, so a built bundle uses that one.
    alias:
      command === 'build'
        ? [
            { find: /^react-router\/dom$/, replacement: rr('dom-export.mjs') },
            { find: /^react-router$/, replacement: rr('index.mjs') },
          ]
        : [],
  },
  server: {
    port: 5173,
    proxy: { '/api': API, '/docs': API },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // every page is its own chunk (React.lazy in app.tsx); React and the router, which change
    // less often than the app, are chunks of their own so a new release reuses the cached ones
    // milsymbol (every standard's icons, ~860 kB) is the one chunk over this; it loads after the
    // force-generation page, never on first load
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // the precompression above takes a few seconds by design; no warning about it on every build
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
}));
