import type { Language } from '../i18n/languages';

/** Text sizes of the ticket; each renderer maps them to its own magnification (see `TEXT_SCALE`). */
export const TEXT_SIZES = ['normal', 'large', 'huge'] as const;
/** One of {@link TEXT_SIZES}. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** Horizontal alignments of a text block. */
export const TEXT_ALIGNS = ['left', 'center', 'right'] as const;
/** One of {@link TEXT_ALIGNS}. */
export type TextAlign = (typeof TEXT_ALIGNS)[number];

/**
 * One piece of a ticket, from top to bottom. Text is already cleaned for the printer (see
 * `cleanForPrinter`), so the on-screen preview shows exactly the characters the paper will show.
 */
export type TicketBlock =
  /** The office logo, when one is configured; renderers that have no logo image skip it. */
  | { kind: 'logo' }
  | { kind: 'text'; text: string; align: TextAlign; size: TextSize; bold: boolean }
  /** A QR code of `data` (an absolute, ASCII-only URL). */
  | { kind: 'qr'; data: string }
  /** A horizontal line across the paper. */
  | { kind: 'rule' }
  /** Blank lines. */
  | { kind: 'feed'; lines: number }
  /** The end of the ticket; only a final cut is honoured (a cut resets the printer). */
  | { kind: 'cut' };

/** A ticket described once, rendered to ESC/POS bytes, SVG or HTML. */
export type TicketLayout = {
  /** Language of the printed text (the HTML rendering's `lang`). */
  language: Language;
  /** Short name of the document (an HTML title, an SVG label): "Ticket R-023". */
  title: string;
  blocks: readonly TicketBlock[];
};
