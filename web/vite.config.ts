import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API server (npm run build -w server && PORT=4100 node server/dist/main.js) serves /graphql.
const API = process.env.API_URL ?? 'http://localhost:4100';

export default defineConfig({
  plugins: [react()],
  // The manifest lets bench/startup.mjs follow a route's chunks to weigh the first load.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  server: { proxy: { '/graphql': { target: API, changeOrigin: false }, '/maps': { target: API, changeOrigin: false } } },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // A typing test takes about 5 s at a load of 15 on two cores: the limit is for a hung test, not a slow machine.
    testTimeout: 20_000,
  },
});
