import type { Category } from '../domain/ticket';
import type { Language } from '../i18n/languages';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import type { IssuedTicket } from '../protocol/views';
import type { Result } from '../protocol/result';
import { err, ok } from '../protocol/result';
import { cleanForPrinter } from './clean-for-printer';
import { formatTicketDateTime } from './format-ticket-time';
import type { TicketBlock, TicketLayout } from './ticket-layout';
import { ticketText } from './ticket-text';
import { layoutText, officeHeader } from './layout-text';

/** What a printed ticket is made of; every field comes from the hub's answer and the office configuration. */
export type TicketLayoutInput = {
  office: {
    /** "Centro de Atención al Ciudadano". */
    name: string;
    /** "Municipalidad Provincial de Cajamarca"; printed above the office name when given. */
    municipality?: string;
    /** True when the office has a logo (`office.logoFile`); renderers receive the image itself. */
    hasLogo?: boolean;
    /** IANA zone of the office; America/Lima when absent. */
    timeZone?: string;
  };
  ticket: Pick<
    IssuedTicket,
    'number' | 'category' | 'position' | 'estimatedWaitMin' | 'issuedAt' | 'statusUrl'
  >;
  /** Name of the ticket's service, as the kiosk showed it. */
  serviceName: string;
  /**
   * The hub's address as a phone on the office network reaches it ("http://192.168.1.10:8080"); the
   * ticket's `statusUrl` is relative to it. Ignored when `statusUrl` is already absolute.
   */
  publicOrigin: string;
  /** The office's `ticketFooter`; line breaks start new lines. */
  footer?: string;
  /** Spanish unless the citizen chose another language. */
  language?: Language;
};

/** Why a layout could not be built: a stable code, a sentence for people, and the field at fault. */
export type TicketLayoutError = {
  code: 'TICKET_INPUT_INVALID';
  message: string;
  details: { field: string };
};

const CATEGORY_KEYS = {
  pregnant: 'ticket.category.pregnant',
  senior: 'ticket.category.senior',
  disability: 'ticket.category.disability',
  child: 'ticket.category.child',
} as const satisfies Record<Exclude<Category, 'none'>, string>;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** The absolute http(s) status URL, or null. `URL.href` is ASCII (punycode host, %-escaped path). */
function absoluteUrl(statusUrl: string, origin: string): string | null {
  try {
    const url = new URL(statusUrl, origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The one description of a printed ticket: office, "SU NÚMERO DE ATENCIÓN ES", the number very
 * large, the service, the preferential category when there is one (only the category: a ticket
 * carries no personal data), date and time in the office's zone, people ahead, estimated wait, a
 * QR code of the public status page, the configured footer and the cut. Every sentence comes from
 * the ticket catalog and every text is cleaned for the printer. Bad input gives a coded error with
 * a sentence in the ticket's language, never an exception.
 */
export function buildTicketLayout(
  input: TicketLayoutInput,
): Result<TicketLayout, TicketLayoutError> {
  const language = isLanguage(input.language) ? input.language : DEFAULT_LANGUAGE;
  const fail = (field: string, key: Parameters<typeof ticketText>[0], value = '') =>
    err({
      code: 'TICKET_INPUT_INVALID' as const,
      message: ticketText(key, { value }, language),
      details: { field },
    });
  const { ticket } = input;

  const number = cleanForPrinter(ticket.number);
  if (number === '') return fail('ticket.number', 'ticket.error.number');
  if (!isCount(ticket.position) || !isCount(ticket.estimatedWaitMin)) {
    return fail('ticket.position', 'ticket.error.counts');
  }
  // The category arrives from the hub's JSON: a code this version does not know must not print as
  // an ordinary ticket (the citizen would lose the priority) nor crash the kiosk.
  if (ticket.category !== 'none' && !Object.hasOwn(CATEGORY_KEYS, ticket.category)) {
    return fail('ticket.category', 'ticket.error.category', String(ticket.category));
  }
  const issuedAt = new Date(ticket.issuedAt);
  if (Number.isNaN(issuedAt.getTime())) {
    return fail('ticket.issuedAt', 'ticket.error.issuedAt', String(ticket.issuedAt));
  }
  const timeZone = input.office.timeZone ?? 'America/Lima';
  let when: { date: string; time: string };
  try {
    when = formatTicketDateTime(issuedAt, timeZone, language);
  } catch {
    return fail('office.timeZone', 'ticket.error.timeZone', timeZone);
  }
  const statusUrl = absoluteUrl(ticket.statusUrl, input.publicOrigin);
  if (statusUrl === null) return fail('publicOrigin', 'ticket.error.statusUrl', input.publicOrigin);

  const t = (key: Parameters<typeof ticketText>[0], params = {}) =>
    ticketText(key, params, language);
  const blocks: TicketBlock[] = officeHeader(input.office);
  blocks.push(layoutText(t('ticket.heading'), { bold: true }));
  blocks.push(layoutText(number, { size: 'huge', bold: true }));
  blocks.push(layoutText(input.serviceName, { size: 'large', bold: true }));
  if (ticket.category !== 'none') {
    const category = t(CATEGORY_KEYS[ticket.category]);
    blocks.push(layoutText(t('ticket.preferential', { category }), { bold: true }));
  }
  blocks.push({ kind: 'rule' });
  blocks.push(layoutText(t('ticket.date', { date: when.date }), { align: 'left' }));
  blocks.push(layoutText(t('ticket.time', { time: when.time }), { align: 'left' }));
  blocks.push(
    layoutText(
      ticket.position === 0
        ? t('ticket.nobodyAhead')
        : t('ticket.ahead', { count: ticket.position }),
      { align: 'left' },
    ),
  );
  blocks.push(
    layoutText(
      ticket.estimatedWaitMin < 1
        ? t('ticket.waitUnderOne')
        : t('ticket.wait', { minutes: ticket.estimatedWaitMin }),
      { align: 'left' },
    ),
  );
  blocks.push({ kind: 'rule' });
  blocks.push(layoutText(t('ticket.qrCaption')));
  blocks.push({ kind: 'qr', data: statusUrl });
  for (const line of (input.footer ?? '').split(/\r?\n/)) {
    const cleaned = cleanForPrinter(line);
    if (cleaned !== '') blocks.push(layoutText(cleaned));
  }
  blocks.push({ kind: 'feed', lines: 1 });
  blocks.push({ kind: 'cut' });
  return ok({
    language,
    title: cleanForPrinter(t('ticket.documentTitle', { number })),
    blocks,
  });
}
