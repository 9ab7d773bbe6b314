import { defineConfig } from 'vitest/config';

// Browser tests: the real hub (started per file by @cac/hub/testing, serving the built faces)
// driven through Debian's Chromium. `npm run test:e2e` builds the faces first.
export default defineConfig({
  test: {
    globals: true,
    include: ['{kiosk,counter,display,hub}/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium and one hub at a time: CI machines are small and screenshots need stable timing.
    fileParallelism: false,
  },
});
