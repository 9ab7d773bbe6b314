/** Paper widths of the thermal printers the suite supports, in millimetres. */
export const PAPER_WIDTHS = [58, 80] as const;
/** One of {@link PAPER_WIDTHS}. */
export type PaperMm = (typeof PAPER_WIDTHS)[number];

/**
 * The printable area of each roll at 203 dpi (8 dots per mm) with ESC/POS font A (12 × 24 dots):
 * 80 mm paper prints 72 mm = 576 dots = 48 characters, 58 mm paper 48 mm = 384 dots = 32 characters.
 * The previews use the same grid, so a line wraps on screen where it wraps on paper.
 */
export const PAPER = {
  58: { columns: 32, dots: 384, printableMm: 48, qrDots: 192 },
  80: { columns: 48, dots: 576, printableMm: 72, qrDots: 240 },
} as const satisfies Record<
  PaperMm,
  { columns: number; dots: number; printableMm: number; qrDots: number }
>;

/** Width and height of one font-A character cell, in printer dots. */
export const CHAR_CELL = { width: 12, height: 24 } as const;

/** Printer dots per millimetre (203 dpi). */
export const DOTS_PER_MM = 8;

/** Magnification of each text size (`GS !` multiplies width and height alike). */
export const TEXT_SCALE = { normal: 1, large: 2, huge: 4 } as const;
