import { Router } from 'express';
import type { Response } from 'express';
import type { AppError, RatingAccepted, Result } from '@cac/shared/protocol';
import { PadRatingSchema, TicketRatingSchema, err, ok } from '@cac/shared/protocol';
import type { HubContext } from '../../hub-context';
import { invalidPayload } from '../../errors/app-errors';
import { ratePadTap } from '../../ratings/pad-rating';
import { rateCitizenTicket } from '../../ratings/rate-citizen-ticket';
import type { StoredRating } from '../../ratings/rating-repository';
import { principalOf, requireRole } from '../bearer';
import { sendError } from '../http-errors';

function answer(res: Response, result: Result<StoredRating, AppError>): void {
  if (!result.ok) return sendError(res, result.error);
  const { ticketId, score, source } = result.value;
  res.status(201).json({ ticketId, score, source } satisfies RatingAccepted);
}

/**
 * The citizens' ratings of their attention (issue 7): from the ticket's page (the access key
 * proves it is that citizen's ticket) and from the rating pad at a window (a display device).
 */
export function ratingRoutes(ctx: HubContext): Router {
  const router = Router();

  router.post('/tickets/:ticketId/rating', (req, res) => {
    const parsed = TicketRatingSchema.safeParse(req.body);
    const key = typeof req.query['k'] === 'string' ? req.query['k'] : '';
    const body = parsed.success ? ok(parsed.data) : err(invalidPayload(parsed.error));
    answer(res, rateCitizenTicket(ctx, String(req.params['ticketId']), key, body));
  });

  router.post('/ratings', requireRole(ctx.auth, ['display']), (req, res) => {
    const parsed = PadRatingSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    answer(res, ratePadTap(ctx, principalOf(res), parsed.data));
  });

  return router;
}
