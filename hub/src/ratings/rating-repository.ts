import type { RatingScore, RatingSource } from '@cac/shared/protocol';

/**
 * One citizen's rating of one attention (table `ratings`, schema v6). Anonymous: it names the
 * ticket's final record and where it was served, never a person. Reports read the table directly,
 * so each column keeps this meaning.
 */
export type StoredRating = {
  /** The final record of the ticket (after transfers): one rating per attention. */
  ticketId: string;
  /** When it was given (epoch ms). */
  at: number;
  /** The office day of the attention (the final record's), so a day's report holds its ratings. */
  officeDay: string;
  score: RatingScore;
  comment: string | null;
  serviceId: string;
  windowId: string | null;
  /** The clerk who finished the attention. */
  clerkId: string | null;
  source: RatingSource;
};

/** The citizens' ratings, in the ledger's database. */
export type RatingRepository = {
  /**
   * Keeps the rating unless the ticket already has one: `false` then, and the first one stays.
   * Atomic (the primary key decides), so two taps at once store one rating.
   */
  add(rating: StoredRating): boolean;
  /** The rating of a ticket's final record, if any. */
  ofTicket(ticketId: string): StoredRating | null;
};
