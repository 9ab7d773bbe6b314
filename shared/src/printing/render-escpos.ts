import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { cleanForPrinter } from '../ticket/clean-for-printer';
import { PAPER, TEXT_SCALE } from '../ticket/paper';
import type { TextAlign, TicketBlock, TicketLayout } from '../ticket/ticket-layout';
import { fitScale, wrapText } from '../ticket/wrap-text';
import type { PrinterLogo } from './printer-logo';
import type { PrinterProfile } from './printer-profile';
import { qrRasterCommand, qrSymbol } from './qr-raster';

/** Options of {@link renderEscPos}. */
export type EscPosOptions = {
  /** The office logo, checked with `parseLogoPng` for the profile's paper. */
  logo?: PrinterLogo;
};

/** `ESC @`: initialize the printer (the library has no typed method for it). */
const ESC_INIT = Buffer.from([0x1b, 0x40]);

/**
 * The QR payload as ASCII: node-thermal-printer counts the payload in UTF-16 units but sends UTF-8,
 * so a non-ASCII character would corrupt the `GS ( k` length. Layouts built by `buildTicketLayout`
 * already hold an ASCII URL; this covers hand-made ones.
 */
function asciiPayload(data: string): string {
  if (/^[\x20-\x7e]*$/.test(data)) return data;
  try {
    return encodeURI(data);
  } catch {
    // encodeURI refuses lone surrogates; what is left is still the address's ASCII part.
    return data.replace(/[^\x20-\x7e]/g, '');
  }
}

function align(printer: ThermalPrinter, value: TextAlign): void {
  if (value === 'center') printer.alignCenter();
  else if (value === 'right') printer.alignRight();
  else printer.alignLeft();
}

async function renderBlock(
  printer: ThermalPrinter,
  block: TicketBlock,
  profile: PrinterProfile,
  options: EscPosOptions,
): Promise<void> {
  const paper = PAPER[profile.paperMm];
  switch (block.kind) {
    case 'text': {
      // Cleaned again: a hand-made layout must not make the library switch code page either.
      const text = cleanForPrinter(block.text);
      const scale = fitScale(text, TEXT_SCALE[block.size], paper.columns);
      align(printer, block.align);
      printer.bold(block.bold);
      printer.setTextSize(scale - 1, scale - 1);
      for (const line of wrapText(text, paper.columns / scale)) printer.println(line);
      printer.setTextSize(0, 0);
      printer.bold(false);
      return;
    }
    case 'rule':
      printer.alignLeft();
      printer.drawLine('-');
      return;
    case 'feed':
      for (let i = 0; i < Math.max(0, Math.floor(block.lines)); i += 1) printer.newLine();
      return;
    case 'qr': {
      const data = asciiPayload(block.data);
      let symbol: ReturnType<typeof qrSymbol>;
      try {
        symbol = qrSymbol(data, paper.qrDots);
      } catch {
        // More data than a QR code holds (only a hand-made layout can do that): the ticket still
        // prints, with its number, without the code.
        return;
      }
      printer.alignCenter();
      if (profile.qr === 'native') {
        printer.printQR(data, { cellSize: symbol.cellDots, correction: 'M', model: 2 });
        printer.newLine();
      } else {
        printer.add(qrRasterCommand(symbol));
      }
      return;
    }
    case 'logo': {
      if (!options.logo) return;
      printer.alignCenter();
      try {
        await printer.printImageBuffer(Buffer.from(options.logo.png));
      } catch {
        // A PNG whose header passed parseLogoPng but whose data is corrupt: the ticket matters more
        // than the decoration, so it prints without the logo (the office name is printed anyway).
      }
      return;
    }
    case 'cut':
      return;
  }
}

/**
 * The ESC/POS bytes of one ticket, for Epson-compatible printers: `ESC @`, then code page PC850
 * chosen once (`ESC t 2`), the blocks, and one cut at the end. node-thermal-printer is only a byte
 * builder here (no interface; bytes go out through our transports). Everything goes into one
 * buffer per ticket, because the library's cut ends with `ESC @`, which returns the printer to its
 * power-on code page while the library still believes it is on PC850. For the same reason only a
 * final cut block is honoured. Text is cleaned for PC850, so the library never switches page.
 */
export async function renderEscPos(
  layout: TicketLayout,
  profile: PrinterProfile,
  options: EscPosOptions = {},
): Promise<Buffer> {
  const paper = PAPER[profile.paperMm];
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    // Without an interface the library is a pure byte builder (execute() would throw).
    interface: '',
    width: paper.columns,
    // We wrap ourselves: the library wraps at the normal width even for double-size text.
    breakLine: BreakLine.NONE,
  });
  // ESC @ first: a previous job cut off mid-way may have left a size, bold or a code page behind.
  printer.add(ESC_INIT);
  printer.setCharacterSet(CharacterSet.PC850_MULTILINGUAL);
  const last = layout.blocks.length - 1;
  for (const [index, block] of layout.blocks.entries()) {
    await renderBlock(printer, block, profile, options);
    if (block.kind === 'cut' && index === last) printer.cut();
  }
  return printer.getBuffer();
}
