import { peopleAhead } from '@cac/shared/domain';
import type { TicketStatus } from '@cac/shared/domain';
import type { HubContext } from '../hub-context';
import type { StoredTicket } from '../ledger/ledger-repository';

/** Where a citizen's turn stands: what the public JSON and the status page both show. */
export type CurrentTicketStatus = {
  number: string;
  serviceName: string;
  status: TicketStatus;
  /** People ahead, while waiting. */
  position: number | null;
  /** The window's name, while called or being served. */
  window: string | null;
  calledAt: string | null;
};

/**
 * The status of a ticket as the citizen should see it: transfers are followed to the record where
 * the attention continues, and live figures come from the writer's state.
 */
export function currentTicketStatus(ctx: HubContext, stored: StoredTicket): CurrentTicketStatus {
  let current = stored;
  for (let hops = 0; current.status === 'transferred' && hops < 20; hops += 1) {
    const next = ctx.ledger
      .ticketsOfDay(current.officeDay)
      .find((t) => t.previousTicketId === current.id);
    if (!next) break;
    current = next;
  }
  const state = ctx.writer.state();
  const config = ctx.config();
  const live = state.tickets[current.id];
  return {
    number: current.number,
    serviceName: config.services.find((s) => s.id === current.serviceId)?.name ?? current.serviceId,
    status: live?.status ?? current.status,
    position:
      live?.status === 'waiting'
        ? peopleAhead(state, live.id, ctx.rules().callPolicy, ctx.now())
        : null,
    window: live?.windowId
      ? (config.windows.find((w) => w.id === live.windowId)?.name ?? null)
      : null,
    calledAt: live?.calledAt ? new Date(live.calledAt).toISOString() : null,
  };
}
