import { startTestHub } from '@cac/hub/testing';
import type { TestHub } from '@cac/hub/testing';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

/** The real hub and the Chromium of one browser-test file. */
export type E2eSession = { hub: TestHub; browser: Browser };

/**
 * Starts a real hub (fresh demo office) and Debian's Chromium before the file's tests and stops
 * both after them. The returned object is filled in by `beforeAll`: read it inside tests.
 */
export function useE2eSession(): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    [session.hub, session.browser] = await Promise.all([startTestHub(), launchChromium()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.hub?.close();
  });
  return session;
}
