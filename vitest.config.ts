import { defineConfig } from 'vitest/config';

// Unit and integration tests of every workspace. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['shared/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['{shared,kiosk,counter,display}/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['shared/src/testing/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'hub',
          include: ['hub/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20000,
        },
      },
      {
        // The Electron shells' own modules, and build/: the bundler run on the three shells and
        // the electron-builder configs. The shared helpers (shared/src/electron) are in 'shared'.
        extends: true,
        test: {
          name: 'electron',
          include: ['{kiosk,counter,display}/electron/**/*.test.ts', 'build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20000,
        },
      },
    ],
  },
});
