import { workingCalendar } from '../calendar/working-days';
import type { Papeleta, PapeletaDiscountRules } from './papeleta-discount';
import { quotePapeleta } from './papeleta-discount';

const SAT_CAJAMARCA: PapeletaDiscountRules = {
  earlyPercent: 83,
  earlyWorkingDays: 5,
  beforeNotificationPercent: 67,
  excludedInfractions: ['M01', 'M02', 'M03'],
};
const CALENDAR = workingCalendar(['2026-12-08', '2026-12-09']);

/** S/ 440.00 imposed on Monday 23 Nov 2026 (5th working day after it: Monday 30 Nov). */
const FINE: Papeleta = {
  infractionCode: 'G58',
  imposedOn: '2026-11-23',
  notifiedOn: '2026-12-21',
  amount: 44_000,
};

describe('papeleta discounts', () => {
  it.each([
    ['2026-11-23', 83, 'early', 'the day it was imposed'],
    ['2026-11-27', 83, 'early', 'the 4th working day'],
    ['2026-11-29', 83, 'early', 'the Sunday after (still 4 working days)'],
    ['2026-11-30', 83, 'early', 'the 5th working day, the last with 83%'],
    ['2026-12-01', 67, 'before-notification', 'the 6th working day'],
    ['2026-12-20', 67, 'before-notification', 'the day before the notification'],
    ['2026-12-21', 0, 'notified', 'the day the sanction is notified'],
    ['2027-01-15', 0, 'notified', 'long after'],
  ])('paid on %s: %d%% (%s) — %s', (paidOn, percent, reason) => {
    expect(quotePapeleta(FINE, paidOn, SAT_CAJAMARCA, CALENDAR)).toMatchObject({ percent, reason });
  });

  it('counts holidays out of the five working days', () => {
    const imposedBeforeHolidays: Papeleta = { ...FINE, imposedOn: '2026-12-04', notifiedOn: null };
    // Fri 4 Dec + 5 working days over the weekend and 8–9 Dec → Tue 15 Dec.
    expect(
      quotePapeleta(imposedBeforeHolidays, '2026-12-15', SAT_CAJAMARCA, CALENDAR).percent,
    ).toBe(83);
    expect(
      quotePapeleta(imposedBeforeHolidays, '2026-12-16', SAT_CAJAMARCA, CALENDAR).percent,
    ).toBe(67);
  });

  it('keeps 67% while the sanction is not notified', () => {
    const notNotified: Papeleta = { ...FINE, notifiedOn: null };
    expect(quotePapeleta(notNotified, '2027-06-30', SAT_CAJAMARCA, CALENDAR)).toMatchObject({
      percent: 67,
      reason: 'before-notification',
    });
  });

  it('gives no discount to an excluded very serious infraction, however early', () => {
    for (const code of ['M01', 'm02', ' M03 ']) {
      expect(
        quotePapeleta({ ...FINE, infractionCode: code }, '2026-11-23', SAT_CAJAMARCA, CALENDAR),
      ).toEqual({ percent: 0, reason: 'excluded', discount: 0, toPay: 44_000 });
    }
  });

  it('computes the amounts in céntimos, rounding the discount down once', () => {
    expect(quotePapeleta(FINE, '2026-11-23', SAT_CAJAMARCA, CALENDAR)).toEqual({
      percent: 83,
      reason: 'early',
      discount: 36_520,
      toPay: 7_480,
    });
    // 83% of S/ 0.99 is 82.17 céntimos: the discount is 82, the citizen pays 17.
    const odd = quotePapeleta({ ...FINE, amount: 99 }, '2026-11-23', SAT_CAJAMARCA, CALENDAR);
    expect(odd).toMatchObject({ discount: 82, toPay: 17 });
    expect(quotePapeleta(FINE, '2026-12-01', SAT_CAJAMARCA, CALENDAR)).toMatchObject({
      discount: 29_480,
      toPay: 14_520,
    });
  });
});
