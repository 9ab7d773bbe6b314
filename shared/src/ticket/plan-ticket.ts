import type { PaperMm } from './paper';
import { CHAR_CELL, PAPER, TEXT_SCALE } from './paper';
import type { TextAlign, TicketLayout } from './ticket-layout';
import { fitScale, wrapText } from './wrap-text';

/** Pixel size of a logo image (one image pixel is one printer dot). */
export type LogoSize = { width: number; height: number };

/** A block placed on the paper: `y` and `height` in printer dots from the top of the printable area. */
export type PlannedRow =
  | {
      kind: 'text';
      y: number;
      height: number;
      lines: readonly string[];
      scale: number;
      align: TextAlign;
      bold: boolean;
    }
  | { kind: 'qr'; y: number; height: number; size: number; data: string }
  | { kind: 'logo'; y: number; height: number; width: number; drawHeight: number }
  | { kind: 'rule'; y: number; height: number }
  | { kind: 'feed'; y: number; height: number };

/** A layout placed on one paper width, for the previews. */
export type TicketPlan = {
  paperMm: PaperMm;
  widthDots: number;
  heightDots: number;
  rows: readonly PlannedRow[];
};

// Space under a QR code or logo, as a printer leaves after an image before the next line.
const IMAGE_GAP = 16;

/**
 * Places every block of `layout` on the character grid of the printer (see `PAPER`), wrapping and
 * fitting text exactly as the ESC/POS renderer does, so the previews are a faithful picture of the
 * paper. A logo block without a logo image takes no space.
 */
export function planTicket(layout: TicketLayout, paperMm: PaperMm, logo?: LogoSize): TicketPlan {
  const paper = PAPER[paperMm];
  const rows: PlannedRow[] = [];
  let y = 0;
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'text': {
        const scale = fitScale(block.text, TEXT_SCALE[block.size], paper.columns);
        const lines = wrapText(block.text, paper.columns / scale);
        const height = lines.length * CHAR_CELL.height * scale;
        rows.push({ kind: 'text', y, height, lines, scale, align: block.align, bold: block.bold });
        y += height;
        break;
      }
      case 'qr': {
        const height = paper.qrDots + IMAGE_GAP;
        rows.push({ kind: 'qr', y, height, size: paper.qrDots, data: block.data });
        y += height;
        break;
      }
      case 'logo': {
        if (!logo || logo.width <= 0 || logo.height <= 0) break;
        const width = Math.min(logo.width, paper.dots);
        const drawHeight = Math.round((logo.height * width) / logo.width);
        rows.push({ kind: 'logo', y, height: drawHeight + IMAGE_GAP, width, drawHeight });
        y += drawHeight + IMAGE_GAP;
        break;
      }
      case 'rule':
        rows.push({ kind: 'rule', y, height: CHAR_CELL.height });
        y += CHAR_CELL.height;
        break;
      case 'feed': {
        const height = Math.max(0, Math.floor(block.lines)) * CHAR_CELL.height;
        rows.push({ kind: 'feed', y, height });
        y += height;
        break;
      }
      case 'cut':
        break;
    }
  }
  return { paperMm, widthDots: paper.dots, heightDots: y, rows };
}
