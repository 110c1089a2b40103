import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Maven passes --outDir target/classes/static; `npm run dev` proxies the API to a running engine.
export default defineConfig({
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../../../target/classes/static'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        app: resolve(import.meta.dirname, 'index.html'),
        login: resolve(import.meta.dirname, 'login.html')
      }
    }
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/login': 'http://localhost:8080',
      '/logout': 'http://localhost:8080',
      '/camunda': 'http://localhost:8080'
    }
  }
});
