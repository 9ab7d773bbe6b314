// Public surface of @cac/shared/ticket: the one ticket layout model and its pure renderers (SVG,
// HTML). Runs in the hub, in browsers and in Electron alike; ESC/POS bytes live in
// @cac/shared/printing (Node only). Explicit export lists only.

// -- model
export type { TextAlign, TextSize, TicketBlock, TicketLayout } from './ticket-layout';
export { TEXT_ALIGNS, TEXT_SIZES } from './ticket-layout';
export type { TicketLayoutError, TicketLayoutInput } from './build-ticket-layout';
export { buildTicketLayout } from './build-ticket-layout';
export type { CargoLayoutInput } from './build-cargo-layout';
export { buildCargoLayout } from './build-cargo-layout';
export type { ReceiptLayoutInput, ReceiptMethod } from './build-receipt-layout';
export { buildReceiptLayout } from './build-receipt-layout';

// -- paper and text
export type { PaperMm } from './paper';
export { CHAR_CELL, DOTS_PER_MM, PAPER, PAPER_WIDTHS, TEXT_SCALE } from './paper';
export { cleanForPrinter } from './clean-for-printer';
export { isPc850Printable, PC850_HIGH_HALF } from './pc850';
export { fitScale, wrapText } from './wrap-text';
export { ticketText } from './ticket-text';
export type { TicketDateTime } from './format-ticket-time';
export { formatTicketDateTime } from './format-ticket-time';

// -- renderers
export type { PreviewLogo, TicketSvgOptions } from './render-ticket-svg';
export { renderTicketSvg } from './render-ticket-svg';
export type { TicketHtmlOptions } from './render-ticket-html';
export { renderTicketHtml } from './render-ticket-html';
export { qrSvg } from './qr-svg';

// -- fixtures (tests, benchmarks, previews)
export { sampleTicketInput } from './sample-ticket';
