import type { AppError, Result, TicketRatingInput } from '@cac/shared/protocol';
import { err } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import type { HubContext } from '../hub-context';
import { finalRecordOf } from './final-record';
import { rateAttention } from './rate-attention';
import type { StoredRating } from './rating-repository';

/** A parsed rating body (score 1–5, comment trimmed), or why it was refused. */
export type ParsedRatingBody = Result<
  { score: Required<TicketRatingInput>['score']; comment?: string | undefined },
  AppError
>;

/**
 * A citizen rates their own attention with the ticket's access key (the JSON API and the page's
 * form both come here). The key is checked before the body, and a wrong key answers exactly like
 * a missing ticket, so neither ids nor keys can be probed.
 */
export function rateCitizenTicket(
  ctx: Pick<HubContext, 'ledger' | 'now'>,
  ticketId: string,
  key: string,
  body: ParsedRatingBody,
): Result<StoredRating, AppError> {
  const stored = ctx.ledger.getTicket(ticketId);
  if (!stored || !key || stored.accessKey !== key) return err(appError('NOT_FOUND'));
  if (!body.ok) return body;
  const comment = body.value.comment?.trim() ?? '';
  return rateAttention(
    ctx.ledger.ratings,
    finalRecordOf(ctx, stored),
    { score: body.value.score, comment: comment === '' ? null : comment, source: 'phone' },
    ctx.now(),
  );
}
