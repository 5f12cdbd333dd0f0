/**
 * The web app's build. The server serves dist/web at / (with an SPA fallback to index.html);
 * in development `vite` serves src/web and forwards the API and its docs to a running server.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rr = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));
const API = 'http://127.0.0.1:4000';

export default defineConfig(({ command }) => ({
  root: 'src/web',
  plugins: [react()],
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
