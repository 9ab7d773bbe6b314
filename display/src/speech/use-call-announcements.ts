import type { CallRecord } from '@cac/shared/domain';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useDisplayEnvironment } from '../display-environment';
import type { AnnouncementQueue, AnnouncementQueueState } from './announcement-queue';
import { createAnnouncementQueue } from './announcement-queue';
import { callAnnouncement } from './call-announcement';
import { callKey } from '../calls/visible-calls';

/**
 * A call made while this screen was away (a reconnect) is still announced if it is at most this
 * old on the hub's clock; older ones are on screen, but saying them now would only confuse.
 */
const FRESH_MS = 60_000;

const IDLE: AnnouncementQueueState = { busy: false, log: [] };

/**
 * Announces the screen's new calls, oldest first, one at a time (see announcement-queue.ts). The
 * calls already on screen when it first syncs are not announced: a screen switched on at noon
 * must not repeat the morning. Returns the queue's state: busy, and the log of what was said.
 */
export function useCallAnnouncements(
  calls: readonly CallRecord[],
  windowName: (windowId: string) => string,
  synced: boolean,
  serverOffsetMs: number,
): AnnouncementQueueState {
  const { announcer } = useDisplayEnvironment();
  const [queue, setQueue] = useState<AnnouncementQueue | null>(null);
  const offset = useRef(serverOffsetMs);
  const primed = useRef(false);

  useEffect(() => {
    offset.current = serverOffsetMs;
  }, [serverOffsetMs]);

  useEffect(() => {
    // The queue owns timers and the voice: created by this effect, not during render, so that
    // React's double mount in development disposes the first one instead of leaking it.
    const created = createAnnouncementQueue({
      play: (announcement) => announcer.announce(announcement),
      now: () => Date.now() + offset.current,
    });
    primed.current = false;
    setQueue(created);
    return () => created.dispose();
  }, [announcer]);

  useEffect(() => {
    if (!queue || !synced) return;
    if (!primed.current) {
      primed.current = true;
      queue.prime(calls.map(callKey));
      return;
    }
    const now = Date.now() + offset.current;
    for (const call of [...calls].reverse()) {
      if (now - call.at <= FRESH_MS)
        queue.enqueue(callAnnouncement(call, windowName(call.windowId)));
    }
  }, [queue, calls, synced, windowName]);

  return useSyncExternalStore(
    queue?.subscribe ?? noSubscription,
    queue?.getState ?? idleState,
    idleState,
  );
}

function noSubscription(): () => void {
  return () => undefined;
}

function idleState(): AnnouncementQueueState {
  return IDLE;
}
