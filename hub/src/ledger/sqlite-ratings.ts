import type Database from 'better-sqlite3';
import type { RatingScore, RatingSource } from '@cac/shared/protocol';
import type { RatingRepository, StoredRating } from '../ratings/rating-repository';

type RatingRow = {
  ticket_id: string;
  at: number;
  office_day: string;
  score: number;
  comment: string | null;
  service_id: string;
  window_id: string | null;
  clerk_id: string | null;
  source: string;
};

function fromRow(row: RatingRow): StoredRating {
  return {
    ticketId: row.ticket_id,
    at: row.at,
    officeDay: row.office_day,
    // The table's CHECK keeps the score within 1–5 and only this module writes `source`.
    score: row.score as RatingScore,
    comment: row.comment,
    serviceId: row.service_id,
    windowId: row.window_id,
    clerkId: row.clerk_id,
    source: row.source as RatingSource,
  };
}

/** {@link RatingRepository} over the ledger's `ratings` table. */
export function createSqliteRatings(db: Database.Database): RatingRepository {
  // OR IGNORE: the primary key is the "once per ticket" rule, so a double tap cannot race it.
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ratings
       (ticket_id, at, office_day, score, comment, service_id, window_id, clerk_id, source)
     VALUES (@ticketId, @at, @officeDay, @score, @comment, @serviceId, @windowId, @clerkId, @source)`,
  );
  const select = db.prepare<[string], RatingRow>('SELECT * FROM ratings WHERE ticket_id = ?');
  return {
    add: (rating) => insert.run(rating).changes === 1,
    ofTicket: (ticketId) => {
      const row = select.get(ticketId);
      return row ? fromRow(row) : null;
    },
  };
}
