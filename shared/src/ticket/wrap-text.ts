/**
 * Splits `text` into lines of at most `width` characters, breaking at spaces; a word longer than a
 * line is cut. The ESC/POS renderer and both previews wrap with this one function, so the paper and
 * the screen break lines at the same places (the printer's own wrapping would ignore the text size).
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    let rest = word;
    if (line !== '' && line.length + 1 + rest.length <= max) {
      line = `${line} ${rest}`;
      continue;
    }
    if (line !== '') lines.push(line);
    while (rest.length > max) {
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The magnification at which `text` prints: the size's own scale, reduced until the longest word
 * fits one line, so a ticket number is shown smaller rather than broken in two.
 */
export function fitScale(text: string, scale: number, columns: number): number {
  const longest = Math.max(1, ...text.split(' ').map((word) => word.length));
  let fitted = scale;
  while (fitted > 1 && longest * fitted > columns) fitted -= 1;
  return fitted;
}
