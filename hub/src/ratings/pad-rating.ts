import type { AppError, PadRatingInput, Result } from '@cac/shared/protocol';
import { err } from '@cac/shared/protocol';
import type { Principal } from '../auth/auth-service';
import { appError } from '../errors/app-errors';
import type { HubContext } from '../hub-context';
import type { StoredRating } from './rating-repository';
import { rateAttention } from './rate-attention';

/**
 * A pad shows the faces for a few seconds after an attention ends; a tap arriving much later is a
 * stale screen or someone replaying requests, and the citizen may already be gone.
 */
export const PAD_RATING_WINDOW_MS = 2 * 60_000;

const TOO_LATE_DETAIL =
  'En la ventanilla se califica hasta 2 minutos después de la atención; también puede hacerlo con el código QR de su ticket.';

const OTHER_WINDOW_DETAIL = 'Esta atención no terminó en la ventanilla de este calificador.';

/**
 * A tap on the rating pad (`POST /api/v1/ratings`): only a display device, for an attention that
 * ended at the pad's window within {@link PAD_RATING_WINDOW_MS} (a window of the device's zone when
 * it has one), once per ticket. The ticket id is the finished record's (what the pad saw end).
 */
export function ratePadTap(
  ctx: Pick<HubContext, 'ledger' | 'config' | 'now'>,
  device: Principal,
  input: PadRatingInput,
): Result<StoredRating, AppError> {
  if (device.kind !== 'device' || device.role !== 'display') return err(appError('FORBIDDEN'));
  const record = ctx.ledger.getTicket(input.ticketId);
  if (!record) return err(appError('UNKNOWN_TICKET', { ticketId: input.ticketId }));
  // The pad names its window, and the attention must have ended there: a tablet at Ventanilla 3
  // never rates Ventanilla 5's citizens. A device with a zone of windows serves only those.
  const zoneWindows = ctx.config().devices.find((d) => d.id === device.id)?.zone?.windowIds;
  if (zoneWindows?.length && !zoneWindows.includes(input.windowId)) {
    return err(appError('FORBIDDEN'));
  }
  if (record.windowId !== input.windowId) {
    return err(appError('NOT_RATEABLE_YET', { detail: OTHER_WINDOW_DETAIL }));
  }
  const now = ctx.now();
  if (
    record.status === 'done' &&
    (record.windowId === null ||
      record.finishedAt === null ||
      now - record.finishedAt > PAD_RATING_WINDOW_MS)
  ) {
    // Already rated says more than "too late" to whoever taps twice.
    if (ctx.ledger.ratings.ofTicket(record.id)) return err(appError('ALREADY_RATED'));
    return err(appError('NOT_RATEABLE_YET', { detail: TOO_LATE_DETAIL }));
  }
  return rateAttention(
    ctx.ledger.ratings,
    record,
    { score: input.score, comment: null, source: 'pad' },
    now,
  );
}
