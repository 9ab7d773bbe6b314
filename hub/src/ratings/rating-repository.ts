/** The citizens' ratings of their attention (table `ratings`, schema v6): being built. */
export type RatingRepository = {
  /** How many ratings the office day holds. */
  countOfDay(officeDay: string): number;
};
