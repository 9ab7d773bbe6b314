import { cleanForPrinter } from './clean-for-printer';
import type { TextAlign, TextSize, TicketBlock } from './ticket-layout';

type TextBlock = Extract<TicketBlock, { kind: 'text' }>;

/** A text block, cleaned for the printer; centred, normal size and regular weight unless told. */
export function layoutText(
  value: string,
  options: { align?: TextAlign; size?: TextSize; bold?: boolean } = {},
): TextBlock {
  return {
    kind: 'text',
    text: cleanForPrinter(value),
    align: options.align ?? 'center',
    size: options.size ?? 'normal',
    bold: options.bold ?? false,
  };
}

/** The header every printed document shares: logo, municipality, office, a rule. */
export function officeHeader(office: {
  name: string;
  municipality?: string;
  hasLogo?: boolean;
}): TicketBlock[] {
  const blocks: TicketBlock[] = [];
  if (office.hasLogo) blocks.push({ kind: 'logo' });
  if (office.municipality) blocks.push(layoutText(office.municipality, { bold: true }));
  blocks.push(layoutText(office.name, { bold: !office.municipality }));
  blocks.push({ kind: 'rule' });
  return blocks;
}
