/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// /taskpane/?demo is the browser demo (demo.html, no office.js), as the Web host serves it (TaskPaneFilesExtensions).
const demoPageForDemoQuery: Plugin = {
  name: 'demo-page-for-demo-query',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if ((url.pathname === '/taskpane/' || url.pathname === '/taskpane/index.html') && url.searchParams.has('demo')) {
        req.url = `/taskpane/demo.html${url.search}`;
      }
      next();
    });
  },
};

// The pane is served by the Web project under /taskpane/ (see TaskPane.targets and manifest/).
export default defineConfig({
  base: '/taskpane/',
  plugins: [react(), demoPageForDemoQuery],
  build: {
    outDir: '../OutlookNetworking.Web/wwwroot/taskpane',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: process.env.TASKPANE_SOURCEMAP === '1',
    // Hashed file names: index.html is the only file that must not be cached for long.
    assetsDir: 'assets',
    rollupOptions: {
      input: {
        index: 'index.html',
        demo: 'demo.html',
        'auth-dialog': 'auth-dialog.html',
      },
    },
  },
  server: {
    // `npm run dev` proxies the API to a running `dotnet run` of the Web project.
    proxy: {
      '/api': { target: 'https://localhost:5001', secure: false },
      '/demo': { target: 'https://localhost:5001', secure: false },
    },
  },
  test: {
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'https://localhost:5001/taskpane/?demo' } },
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['test/setup.ts'],
  },
});
