import { escapeXml } from './escape-xml';
import type { PaperMm } from './paper';
import { CHAR_CELL } from './paper';
import type { PlannedRow } from './plan-ticket';
import { planTicket } from './plan-ticket';
import { qrSvg } from './qr-svg';
import type { TicketLayout } from './ticket-layout';

/** A logo for the previews: an image address (a `data:` URL or a path the page can load) and its pixel size. */
export type PreviewLogo = { href: string; width: number; height: number };

/** Options of {@link renderTicketSvg}. */
export type TicketSvgOptions = { paper: PaperMm; logo?: PreviewLogo };

/** White margin around the printable area, in dots, so the preview reads as a slip of paper. */
const MARGIN = 16;
/** Font size giving a monospace advance of about 12 dots (0.6 em), the printer's font A. */
const FONT_SIZE = 20;
const FONT = "'DejaVu Sans Mono', 'Liberation Mono', 'Courier New', monospace";

function textRow(row: Extract<PlannedRow, { kind: 'text' }>, width: number): string {
  const anchor = { left: 'start', center: 'middle', right: 'end' }[row.align];
  const x = { left: MARGIN, center: MARGIN + width / 2, right: MARGIN + width }[row.align];
  const lineHeight = CHAR_CELL.height * row.scale;
  const weight = row.bold ? ' font-weight="bold"' : '';
  return row.lines
    .map((line, i) => {
      // Baseline about 5/24 of a cell above the cell's bottom, where font A sits.
      const baseline = MARGIN + row.y + (i + 1) * lineHeight - 5 * row.scale;
      return `<text x="${x}" y="${baseline}" font-size="${FONT_SIZE * row.scale}" text-anchor="${anchor}"${weight}>${escapeXml(line)}</text>`;
    })
    .join('');
}

/**
 * Draws a ticket as the thermal printer will print it, on the same character grid (48 columns on
 * 80 mm paper, 32 on 58 mm), for the kiosk's on-screen preview and the file printer's preview.
 * One SVG unit is one printer dot (1/8 mm). Async because the QR code is drawn by qrcode.
 */
export async function renderTicketSvg(
  layout: TicketLayout,
  options: TicketSvgOptions,
): Promise<string> {
  const plan = planTicket(layout, options.paper, options.logo);
  const width = plan.widthDots;
  const totalWidth = width + 2 * MARGIN;
  const totalHeight = plan.heightDots + 2 * MARGIN;
  const parts: string[] = [];
  for (const row of plan.rows) {
    switch (row.kind) {
      case 'text':
        parts.push(textRow(row, width));
        break;
      case 'rule': {
        const y = MARGIN + row.y + row.height / 2;
        parts.push(
          `<line x1="${MARGIN}" y1="${y}" x2="${MARGIN + width}" y2="${y}" stroke="#000" stroke-width="2" stroke-dasharray="8 6"/>`,
        );
        break;
      }
      case 'qr': {
        const x = MARGIN + (width - row.size) / 2;
        const svg = await qrSvg(row.data).catch(() => null);
        // Too much data for a QR code (only a hand-made layout): the preview leaves the space empty.
        if (svg === null) break;
        parts.push(
          svg.replace(
            '<svg ',
            `<svg x="${x}" y="${MARGIN + row.y}" width="${row.size}" height="${row.size}" `,
          ),
        );
        break;
      }
      case 'logo': {
        if (!options.logo) break;
        const x = MARGIN + (width - row.width) / 2;
        parts.push(
          `<image href="${escapeXml(options.logo.href)}" x="${x}" y="${MARGIN + row.y}" width="${row.width}" height="${row.drawHeight}"/>`,
        );
        break;
      }
      case 'feed':
        break;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" role="img" aria-label="${escapeXml(layout.title)}" font-family="${escapeXml(FONT)}" xml:space="preserve">` +
    `<title>${escapeXml(layout.title)}</title>` +
    `<rect width="${totalWidth}" height="${totalHeight}" fill="#fff"/>` +
    parts.join('') +
    '</svg>'
  );
}
