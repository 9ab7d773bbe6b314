import type { LiveState } from '@cac/shared/domain';
import type { AppError, OfficeConfig } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';

type Lists = Pick<OfficeConfig, 'services' | 'windows'>;

/** The ids of a list that may not be one yet (an invalid value is judged later by validation). */
function idsOf(items: unknown): Set<string> | null {
  if (!Array.isArray(items)) return null;
  const ids = new Set<string>();
  for (const item of items as unknown[]) {
    if (item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string') {
      ids.add(item.id);
    }
  }
  return ids;
}

/**
 * What validation cannot see because it lives in today's live state:
 * - a service removed while it has tickets waiting, called or being served (`SERVICE_IN_USE`):
 *   those citizens would hold numbers no window can ever call; deactivating stops new tickets;
 * - a window removed while it is open or paused, or while tickets transferred to that very window
 *   wait for it (`WINDOW_IN_USE`): its clerk and those tickets would be stranded.
 * Taking services away from a window that is busy right now is allowed: the ticket it holds stays
 * at the window and is finished with its own service's outcomes (the domain never asks the
 * window's services for that), and the window keeps today's services until it is reopened.
 */
export function removalProblem(
  previous: Lists,
  next: OfficeConfig,
  state: LiveState,
): AppError | undefined {
  const live = Object.values(state.tickets);
  const serviceIds = idsOf(next.services);
  if (serviceIds) {
    for (const service of previous.services) {
      if (serviceIds.has(service.id)) continue;
      const count = live.filter((ticket) => ticket.serviceId === service.id).length;
      if (count > 0) return appError('SERVICE_IN_USE', { service: service.name, count });
    }
  }
  const windowIds = idsOf(next.windows);
  if (windowIds) {
    for (const window of previous.windows) {
      if (windowIds.has(window.id)) continue;
      const status = state.windows[window.id]?.status ?? 'closed';
      const awaited = live.some(
        (ticket) => ticket.windowId === window.id || ticket.reservedWindowId === window.id,
      );
      if (status !== 'closed' || awaited) return appError('WINDOW_IN_USE', { window: window.name });
    }
  }
  return undefined;
}
