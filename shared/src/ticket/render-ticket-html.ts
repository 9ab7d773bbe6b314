import { escapeXml } from './escape-xml';
import type { PaperMm } from './paper';
import { CHAR_CELL, DOTS_PER_MM, PAPER } from './paper';
import { planTicket } from './plan-ticket';
import { qrSvg } from './qr-svg';
import type { PreviewLogo } from './render-ticket-svg';
import type { TicketLayout } from './ticket-layout';

/** Options of {@link renderTicketHtml}; 80 mm paper unless told. */
export type TicketHtmlOptions = { paper?: PaperMm; logo?: PreviewLogo };

function mm(dots: number): string {
  return `${Math.round((dots / DOTS_PER_MM) * 100) / 100}mm`;
}

function stylesheet(paperMm: PaperMm, pageHeightMm: number): string {
  const paper = PAPER[paperMm];
  const side = (paperMm - paper.printableMm) / 2;
  // A font-size of 2.5 mm gives a monospace advance of about 1.5 mm (0.6 em), the printer's 12 dots,
  // so the browser's lines are as long as the printer's. The page is as long as the ticket: a
  // receipt driver then cuts after the ticket instead of feeding an A4-length page.
  return [
    'html, body { margin: 0; padding: 0; background: #fff; color: #000; }',
    `.ticket { box-sizing: border-box; width: ${paperMm}mm; padding: 2mm ${side}mm; font-family: 'DejaVu Sans Mono', 'Liberation Mono', 'Courier New', monospace; font-size: 2.5mm; line-height: ${mm(CHAR_CELL.height)}; }`,
    '.ticket p { margin: 0; white-space: pre; overflow: hidden; }',
    '.s2 { font-size: 5mm; line-height: 6mm; } .s3 { font-size: 7.5mm; line-height: 9mm; } .s4 { font-size: 10mm; line-height: 12mm; }',
    '.left { text-align: left; } .center { text-align: center; } .right { text-align: right; } .bold { font-weight: bold; }',
    // A rule takes one text line, 3 mm, like the printer's line of dashes: 1.375 + 0.25 + 1.375.
    '.rule { border: 0; border-top: 0.25mm dashed #000; margin: 1.375mm 0; height: 0; }',
    '.image { display: block; margin: 0 auto 2mm; }',
    '@media screen { html, body { background: #e8e8e8; min-height: 100%; } .ticket { margin: 16px auto; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); } }',
    `@media print { @page { size: ${paperMm}mm ${pageHeightMm}mm; margin: 0; } html, body { width: ${paperMm}mm; } .ticket { margin: 0; box-shadow: none; } }`,
  ].join('\n');
}

/**
 * A complete HTML document of a ticket for browser printing (`window.print()` when the kiosk runs
 * without its Electron shell) and for previews: a roll-width page (80 or 58 mm wide, exactly as
 * long as the ticket, no margins) whose text is wrapped on the printer's character grid. Async
 * because the QR code is drawn by qrcode.
 */
export async function renderTicketHtml(
  layout: TicketLayout,
  options: TicketHtmlOptions = {},
): Promise<string> {
  const paperMm = options.paper ?? 80;
  const plan = planTicket(layout, paperMm, options.logo);
  const body: string[] = [];
  for (const row of plan.rows) {
    switch (row.kind) {
      case 'text': {
        const classes = [`s${row.scale}`, row.align, row.bold ? 'bold' : ''].filter(Boolean);
        body.push(`<p class="${classes.join(' ')}">${row.lines.map(escapeXml).join('<br>')}</p>`);
        break;
      }
      case 'rule':
        body.push('<hr class="rule">');
        break;
      case 'feed':
        body.push(`<div style="height: ${mm(row.height)}"></div>`);
        break;
      case 'qr': {
        const svg = await qrSvg(row.data).catch(() => '<svg></svg>');
        const size = mm(row.size);
        body.push(
          `<div class="image" style="width: ${size}; height: ${size}">${svg.replace('<svg ', `<svg width="100%" height="100%" aria-hidden="true" `)}</div>`,
        );
        break;
      }
      case 'logo':
        if (options.logo) {
          body.push(
            `<img class="image" src="${escapeXml(options.logo.href)}" alt="" style="width: ${mm(row.width)}; height: ${mm(row.drawHeight)}">`,
          );
        }
        break;
    }
  }
  // 4 mm for the ticket's own padding and 1 mm for the browser's rounding, in whole millimetres:
  // a page a hair too short would print the last line on a second ticket.
  const pageHeightMm = Math.ceil(plan.heightDots / DOTS_PER_MM + 5);
  const title = escapeXml(layout.title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${layout.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${stylesheet(paperMm, pageHeightMm)}\n</style>`,
    '</head>',
    '<body>',
    `<main class="ticket" aria-label="${title}">`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
