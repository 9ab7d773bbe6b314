import { UnpairedScreen, useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { Announcements } from './announcements';
import { CurrentCall } from './current-call';
import { DisplayHeader } from './display-header';
import { QueueList } from './queue-list';
import { RecentCalls } from './recent-calls';
import { showsService } from './zone';

/** How many calls the side list shows besides the featured one. */
const RECENT_SHOWN = 6;

/**
 * The waiting-room display (1920×1080): the latest call, very large; the calls before it; the
 * queues; announcements. When the link drops it keeps the last picture and says "Reconectando…"
 * discreetly, because a blank screen would make the whole room stand up and ask.
 */
export function App(): ReactNode {
  const { status, error, office, state, session } = useHubState();
  if (status === 'rejected' && error?.code !== 'PROTOCOL_MISMATCH') {
    return <UnpairedScreen refusal={error?.message ?? ''} />;
  }
  const calls = (state?.recentCalls ?? []).filter((call) => showsService(session, call.serviceId));
  const windowName = (windowId: string): string =>
    office?.windows.find((window) => window.id === windowId)?.name ?? windowId;
  return (
    <div className="display" data-connection={status}>
      <DisplayHeader />
      <main className="display-main">
        <div className="display-calls">
          <CurrentCall call={calls[0] ?? null} windowName={windowName} />
          <RecentCalls calls={calls.slice(1, 1 + RECENT_SHOWN)} windowName={windowName} />
        </div>
        <QueueList />
      </main>
      <Announcements />
    </div>
  );
}
