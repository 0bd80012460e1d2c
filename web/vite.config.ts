import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API server (npm run build -w server && PORT=4100 node server/dist/main.js) serves /graphql.
const API = process.env.API_URL ?? 'http://localhost:4100';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/graphql': { target: API, changeOrigin: false }, '/maps': { target: API, changeOrigin: false } } },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
