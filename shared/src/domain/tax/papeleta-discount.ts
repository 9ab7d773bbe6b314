import type { CivilDate } from '../calendar/civil-date';
import { calendarDaysBetween } from '../calendar/civil-date';
import type { WorkingCalendar } from '../calendar/working-days';
import { workingDaysBetween } from '../calendar/working-days';
import type { Centimos } from '../money/money';

/**
 * The discount rules for paying a traffic fine (papeleta) early. They are the SAT's, written in its
 * ordinance, so they live in the configuration; the demo uses SAT Cajamarca's: 83% within 5 working
 * days of the imposition, 67% afterwards until the sanction is notified, none for the infractions
 * the ordinance excludes (the very serious ones, M01–M03…).
 */
export type PapeletaDiscountRules = {
  earlyPercent: number;
  /** Working days after the imposition during which the early discount applies (inclusive). */
  earlyWorkingDays: number;
  /** Discount after that and before the sanction is notified. */
  beforeNotificationPercent: number;
  /** Infraction codes that never get a discount. */
  excludedInfractions: readonly string[];
};

/** Which rule gave the discount (the receipt and the clerk's screen say why). */
export type PapeletaDiscountReason = 'early' | 'before-notification' | 'excluded' | 'notified';

/** A fine as the tax ledger knows it. */
export type Papeleta = {
  infractionCode: string;
  imposedOn: CivilDate;
  /** The day the sanction was notified, or null while it has not been. */
  notifiedOn: CivilDate | null;
  amount: Centimos;
};

/** What paying a fine on a given day costs. */
export type PapeletaQuote = {
  percent: number;
  reason: PapeletaDiscountReason;
  discount: Centimos;
  toPay: Centimos;
};

/**
 * The discount for paying `papeleta` on `paidOn`. The imposition day itself counts as day 0, so a
 * fine imposed on a Monday keeps 83% until the next Monday. "Until the sanction is notified" means
 * strictly before the notification day: from that day the whole amount is due. The discount is
 * rounded once, down to the céntimo, so the citizen never pays more than the rule says.
 */
export function quotePapeleta(
  papeleta: Papeleta,
  paidOn: CivilDate,
  rules: PapeletaDiscountRules,
  calendar: WorkingCalendar,
): PapeletaQuote {
  const code = papeleta.infractionCode.trim().toUpperCase();
  let reason: PapeletaDiscountReason;
  let percent: number;
  if (rules.excludedInfractions.some((excluded) => excluded.trim().toUpperCase() === code)) {
    [reason, percent] = ['excluded', 0];
  } else if (
    papeleta.notifiedOn !== null &&
    calendarDaysBetween(papeleta.notifiedOn, paidOn) >= 0
  ) {
    [reason, percent] = ['notified', 0];
  } else if (workingDaysBetween(papeleta.imposedOn, paidOn, calendar) <= rules.earlyWorkingDays) {
    [reason, percent] = ['early', rules.earlyPercent];
  } else {
    [reason, percent] = ['before-notification', rules.beforeNotificationPercent];
  }
  const discount = Math.floor((papeleta.amount * percent) / 100);
  return { percent, reason, discount, toPay: papeleta.amount - discount };
}
