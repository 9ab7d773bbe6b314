import type { CallRecord } from '@cac/shared/domain';
import { UnpairedScreen, useHubState } from '@cac/shared/react';
import { useCallback, useMemo } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { AnnouncementLog } from './announcement-log';
import { Announcements } from './announcements';
import { callKey, visibleCalls, zoneCalls } from './calls/visible-calls';
import { CurrentCall } from './current-call';
import { DisplayHeader } from './display-header';
import { useDisplayEnvironment } from './display-environment';
import { useDisplayT } from './display-text';
import type { MediaItem } from './media/media-listing';
import { useMediaCursor } from './media/media-cursor';
import { MediaPanel } from './media/media-panel';
import { useMediaListing } from './media/use-media-listing';
import { QueueList } from './queue-list';
import { RecentCalls } from './recent-calls';
import { useBurnInOffset } from './screen/burn-in';
import { pictureRotation, useWindowShape } from './screen/orientation';
import { useCallHold } from './screen/use-call-hold';
import { useCallAnnouncements } from './speech/use-call-announcements';
import { zoneFilterOf } from './zone';

/** How many calls the side list shows besides the featured one. */
export const RECENT_SHOWN = 6;
/** On a screen with media, a new call keeps the stage at least this long (and while it is said). */
export const CALL_HOLD_MS = 20_000;

const NO_CALLS: readonly CallRecord[] = [];
const NO_ITEMS: readonly MediaItem[] = [];

/**
 * The waiting-room display (1920×1080 landscape or 1080×1920 portrait, read from 10 m): the call
 * just made, very large; the calls before it; the queues; the notices; and, on a screen with
 * media, the office's images and videos between calls. Each new call rings and is said aloud.
 * When the link drops it keeps the last picture and says "Reconectando…" discreetly, because a
 * blank screen would make the whole room stand up and ask.
 */
export function App(): ReactNode {
  const { status, error, office, state, session, serverOffsetMs } = useHubState();
  const { settings } = useDisplayEnvironment();
  const t = useDisplayT();
  const zone = useMemo(
    () => zoneFilterOf(session, settings.zone, office),
    [session, settings.zone, office],
  );
  const recentCalls = state?.recentCalls ?? NO_CALLS;
  const calls = useMemo(() => visibleCalls(recentCalls, zone), [recentCalls, zone]);
  // Announced from the zone's calls with recalls kept apart: a call and its recall are two
  // announcements even when both reach the screen at once (after a reconnect).
  const toAnnounce = useMemo(() => zoneCalls(recentCalls, zone), [recentCalls, zone]);
  const windowName = useCallback(
    (windowId: string): string =>
      office?.windows.find((window) => window.id === windowId)?.name ?? windowId,
    [office],
  );
  const synced = status === 'online' && state !== null;
  const announcing = useCallAnnouncements(toAnnounce, windowName, synced, serverOffsetMs);
  const media = useMediaListing(status === 'online');
  const playlist = settings.media ? media.items : NO_ITEMS;
  const cursor = useMediaCursor(playlist);
  const latest = calls[0] ?? null;
  const held = useCallHold(state ? (latest ? callKey(latest) : null) : undefined, CALL_HOLD_MS);
  const stage = playlist.length > 0 && !held && !announcing.busy ? 'media' : 'call';
  const rotation = pictureRotation(settings.orientation, useWindowShape());
  const [shiftX, shiftY] = useBurnInOffset();

  if (status === 'rejected' && error?.code !== 'PROTOCOL_MISMATCH') {
    return <UnpairedScreen refusal={error?.message ?? ''} />;
  }
  const shift: CSSProperties & Record<'--shift-x' | '--shift-y', string> = {
    '--shift-x': `${shiftX}px`,
    '--shift-y': `${shiftY}px`,
  };
  return (
    <div className="display-frame" data-rotation={rotation}>
      <div className="display" data-connection={status} data-stage={stage} style={shift}>
        <DisplayHeader logoUrl={media.logoUrl} />
        <main className="display-main">
          <div className="display-calls">
            {stage === 'media' ? (
              <MediaPanel
                cursor={cursor}
                label={t('screen.media.label')}
                loop={playlist.length === 1}
              />
            ) : (
              <CurrentCall
                call={latest}
                windowName={windowName}
                service={office?.services.find((service) => service.id === latest?.serviceId)}
              />
            )}
            <RecentCalls
              calls={
                stage === 'media' ? calls.slice(0, RECENT_SHOWN) : calls.slice(1, 1 + RECENT_SHOWN)
              }
              windowName={windowName}
              latestFirst={stage === 'media'}
            />
          </div>
          <QueueList zone={zone} />
        </main>
        <Announcements />
        <AnnouncementLog log={announcing.log} />
      </div>
    </div>
  );
}
