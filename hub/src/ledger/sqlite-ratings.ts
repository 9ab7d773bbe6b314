import type Database from 'better-sqlite3';
import type { RatingRepository } from '../ratings/rating-repository';

/** {@link RatingRepository} over the ledger's `ratings` table. */
export function createSqliteRatings(db: Database.Database): RatingRepository {
  const count = db
    .prepare<[string], number>('SELECT count(*) FROM ratings WHERE office_day = ?')
    .pluck();
  return { countOfDay: (officeDay) => count.get(officeDay) ?? 0 };
}
