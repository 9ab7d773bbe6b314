import type { CivilDate, IdentityCheck } from '@cac/shared/domain';
import {
  parseCivilDate,
  parseSoles,
  validateCarneExtranjeria,
  validateDni,
  validateRuc,
} from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';
import { identityProblemMessage, moneyProblemMessage } from '@cac/shared/i18n';
import type { CounterTranslate } from '../counter-text';
import type { PersonDocumentType } from './procedure-port';

/**
 * What a field holds once checked: its value in the form to send (and maybe a warning that must
 * not block the citizen), or the sentence to show next to it.
 */
export type FieldCheck<T> =
  { ok: true; value: T; warning?: string } | { ok: false; message: string };

/** What the checks need to speak: the counter's translator and the language (shared catalogs). */
export type FieldSpeech = { t: CounterTranslate; language: Language };

const PASSPORT = /^[A-Z0-9]{5,20}$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const AREA = /^\d{1,7}(?:\.\d{1,2})?$/;
const AREA_WITH_COMMA = /^\d{1,7},\d{1,2}$/;
const WHOLE = /^\d+$/;
const PLATE = /^[A-Z0-9]{5,7}$/;
const TAXPAYER_CODE = /^[A-Z0-9-]{1,20}$/;

/** The most folios a filing may declare. */
export const MAX_FOLIOS = 9999;

function fromIdentity(check: IdentityCheck, language: Language): FieldCheck<string> {
  if (!check.valid) return { ok: false, message: identityProblemMessage(check.problem, language) };
  return check.warning
    ? {
        ok: true,
        value: check.normalized,
        warning: identityProblemMessage(check.warning, language),
      }
    : { ok: true, value: check.normalized };
}

/** A text that must be there, trimmed, at most `max` characters. */
export function checkRequiredText(
  text: string,
  max: number,
  { t }: FieldSpeech,
): FieldCheck<string> {
  const value = text.trim();
  if (value === '') return { ok: false, message: t('proc.field.required') };
  if (value.length > max) return { ok: false, message: t('proc.field.tooLong', { max }) };
  return { ok: true, value };
}

/** A text that may be empty (then `null`), at most `max` characters. */
export function checkOptionalText(
  text: string,
  max: number,
  speech: FieldSpeech,
): FieldCheck<string | null> {
  return text.trim() === '' ? { ok: true, value: null } : checkRequiredText(text, max, speech);
}

/** A DNI, with or without its check character (`12345678` or `12345678-9`); the domain decides. */
export function checkDni(text: string, speech: FieldSpeech): FieldCheck<string> {
  if (text.trim() === '') return { ok: false, message: speech.t('proc.field.required') };
  return fromIdentity(validateDni(text), speech.language);
}

/** A RUC (11 digits, known prefix, mod-11 check digit); the domain decides. */
export function checkRuc(text: string, speech: FieldSpeech): FieldCheck<string> {
  if (text.trim() === '') return { ok: false, message: speech.t('proc.field.required') };
  return fromIdentity(validateRuc(text), speech.language);
}

/**
 * A person's document of the given type. A Carné de Extranjería of unusual length is accepted
 * with a warning (the reference: warn, never reject); a passport is letters and digits.
 */
export function checkPersonDocument(
  type: PersonDocumentType,
  text: string,
  speech: FieldSpeech,
): FieldCheck<string> {
  if (text.trim() === '') return { ok: false, message: speech.t('proc.field.required') };
  switch (type) {
    case 'dni':
      return checkDni(text, speech);
    case 'ce':
      return fromIdentity(validateCarneExtranjeria(text), speech.language);
    case 'pasaporte': {
      const value = text.trim().toUpperCase();
      return PASSPORT.test(value)
        ? { ok: true, value }
        : { ok: false, message: speech.t('proc.field.passportFormat') };
    }
  }
}

/** `YYYY-MM-DD` written as people read it in Peru: `DD/MM/AAAA`. */
export function civilDateText(date: CivilDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * An optional date typed as `DD/MM/AAAA` (also `D/M/AAAA`, `DD-MM-AAAA`, or `AAAA-MM-DD`): empty is
 * `null`; 30/02/2020 is named as a date that does not exist; a date after `today` (when given) is
 * refused, since the panels record things that already happened.
 */
export function checkOptionalDate(
  text: string,
  speech: FieldSpeech,
  today?: CivilDate,
): FieldCheck<CivilDate | null> {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: null };
  let iso: string;
  const match = DAY_MONTH_YEAR.exec(typed);
  if (match) {
    iso = `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  } else if (ISO_DATE.test(typed)) {
    iso = typed;
  } else {
    return { ok: false, message: speech.t('proc.field.dateFormat') };
  }
  const date = parseCivilDate(iso);
  if (date === null)
    return { ok: false, message: speech.t('proc.field.dateImpossible', { date: typed }) };
  if (today !== undefined && date > today) {
    return {
      ok: false,
      message: speech.t('proc.field.dateFuture', { today: civilDateText(today) }),
    };
  }
  return { ok: true, value: date };
}

/** An amount in soles (`11.50`, `S/ 1,263.20`) into céntimos; the domain reads it, never a float. */
export function checkAmount(text: string, speech: FieldSpeech): FieldCheck<number> {
  const parsed = parseSoles(text);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, message: moneyProblemMessage(parsed.error, speech.language) };
}

/** An area in m², positive, with a decimal point and at most two decimals. */
export function checkArea(text: string, { t }: FieldSpeech): FieldCheck<number> {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: t('proc.field.required') };
  if (AREA_WITH_COMMA.test(typed)) return { ok: false, message: t('proc.field.areaComma') };
  if (!AREA.test(typed)) return { ok: false, message: t('proc.field.areaFormat') };
  const value = Number(typed);
  if (value <= 0) return { ok: false, message: t('proc.field.areaZero') };
  return { ok: true, value };
}

/** A number of folios: a whole number from 1 to {@link MAX_FOLIOS}. */
export function checkFolios(text: string, { t }: FieldSpeech): FieldCheck<number> {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: t('proc.field.required') };
  if (!WHOLE.test(typed)) return { ok: false, message: t('proc.field.foliosFormat') };
  const value = Number(typed);
  if (value < 1 || value > MAX_FOLIOS) {
    return { ok: false, message: t('proc.field.foliosRange', { max: MAX_FOLIOS }) };
  }
  return { ok: true, value };
}

/** A vehicle plate (`ABC-123`, `A1B-234`, a motorcycle's `1234-AB`), upper-cased without the hyphen. */
export function checkPlate(text: string, { t }: FieldSpeech): FieldCheck<string> {
  const value = text.trim().toUpperCase().replace(/[\s-]/g, '');
  if (value === '') return { ok: false, message: t('proc.field.required') };
  return PLATE.test(value)
    ? { ok: true, value }
    : { ok: false, message: t('proc.field.plateFormat') };
}

/** A taxpayer code of the tax ledger. */
export function checkTaxpayerCode(text: string, { t }: FieldSpeech): FieldCheck<string> {
  const value = text.trim().toUpperCase();
  if (value === '') return { ok: false, message: t('proc.field.required') };
  return TAXPAYER_CODE.test(value)
    ? { ok: true, value }
    : { ok: false, message: t('proc.field.taxpayerFormat') };
}

/** A DNI or a RUC to look debts up with, told apart by their length. */
export function checkDniOrRuc(text: string, speech: FieldSpeech): FieldCheck<string> {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: speech.t('proc.field.required') };
  const digits = typed.replace(/-.*$/, '');
  if (/^\d{11}$/.test(typed)) return checkRuc(typed, speech);
  if (/^\d{8}$/.test(digits)) return checkDni(typed, speech);
  return { ok: false, message: speech.t('proc.field.lookupDocument') };
}
