import type { AppError, RatingScore, RatingSource, Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import type { StoredTicket } from '../ledger/ledger-repository';
import type { RatingRepository, StoredRating } from './rating-repository';

/** What a citizen said about an attention. */
export type RatingRequest = {
  score: RatingScore;
  comment: string | null;
  source: RatingSource;
};

/** Why a finished attention cannot be rated yet, in the citizen's words. */
const NOT_DONE_DETAIL = 'Su atención aún no ha terminado.';

/**
 * Rates the attention of a ticket's final record, once: only a finished (`done`) attention, and
 * credited to the service, window and clerk that finished it. Refusals are values.
 */
export function rateAttention(
  ratings: RatingRepository,
  record: StoredTicket,
  request: RatingRequest,
  now: number,
): Result<StoredRating, AppError> {
  if (ratings.ofTicket(record.id)) return err(appError('ALREADY_RATED'));
  if (record.status !== 'done') {
    return err(appError('NOT_RATEABLE_YET', { detail: NOT_DONE_DETAIL }));
  }
  const rating: StoredRating = {
    ticketId: record.id,
    at: now,
    officeDay: record.officeDay,
    score: request.score,
    comment: request.comment,
    serviceId: record.serviceId,
    windowId: record.windowId,
    clerkId: record.clerkId,
    source: request.source,
  };
  // The primary key settles a race between two taps: the loser is told it was already rated.
  return ratings.add(rating) ? ok(rating) : err(appError('ALREADY_RATED'));
}
