import { z } from 'zod';
import { IdSchema } from './fields';

/** The five faces, worst to best: what a citizen's rating of the attention can be. */
export const RATING_SCORES = [1, 2, 3, 4, 5] as const;
/** One of {@link RATING_SCORES}. */
export type RatingScore = (typeof RATING_SCORES)[number];

/** Where a rating was given: the ticket's own page on a phone, or the rating pad at the window. */
export const RATING_SOURCES = ['phone', 'pad'] as const;
/** One of {@link RATING_SOURCES}. */
export type RatingSource = (typeof RATING_SOURCES)[number];

/** A comment is a sentence or two; longer text is where personal data creeps in. */
export const RATING_COMMENT_MAX = 300;

const ScoreSchema = z.literal(RATING_SCORES, {
  error: 'La calificación debe ser un número entero del 1 al 5.',
});

/** `POST /api/v1/tickets/{id}/rating?k=`: the citizen's own rating, from the ticket's page. */
export const TicketRatingSchema = z.strictObject({
  score: ScoreSchema,
  comment: z
    .string({ error: 'El comentario debe ser un texto.' })
    .trim()
    .max(RATING_COMMENT_MAX, {
      error: `El comentario no puede superar ${RATING_COMMENT_MAX} caracteres.`,
    })
    .optional(),
});
/** The body of {@link TicketRatingSchema}. */
export type TicketRatingInput = z.input<typeof TicketRatingSchema>;

/**
 * `POST /api/v1/ratings`: a tap on the rating pad at a window (display devices only). The pad
 * names its window: the hub rates only an attention that ended there.
 */
export const PadRatingSchema = z.strictObject({
  ticketId: IdSchema,
  windowId: IdSchema,
  score: ScoreSchema,
});
/** The body of {@link PadRatingSchema}. */
export type PadRatingInput = z.input<typeof PadRatingSchema>;

/** The answer of both rating routes (201). */
export type RatingAccepted = { ticketId: string; score: RatingScore; source: RatingSource };
