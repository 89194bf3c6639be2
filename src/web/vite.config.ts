import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web page (src/web), built to dist/web next to the compiled server, which serves it at `/`.
 * Preact's JSX through esbuild needs no plugin; relative asset paths keep the page working
 * behind a proxy that mounts the API under a prefix.
 */
export default defineConfig({
  root: here,
  base: './',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // `npm run web:dev`: live reload, the API calls passed to the API of `npm start`
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // ECharts and exceljs are large on their own; they are split into chunks loaded when needed
    chunkSizeWarningLimit: 1200,
    // no source maps in what `npm start` serves: they would publish the page's source and comments
    sourcemap: false,
  },
});
