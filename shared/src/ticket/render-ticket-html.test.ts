import { buildTicketLayout } from './build-ticket-layout';
import { renderTicketHtml } from './render-ticket-html';
import { sampleTicketInput } from './sample-ticket';
import type { TicketLayout } from './ticket-layout';

function layout(overrides: Parameters<typeof sampleTicketInput>[0] = {}): TicketLayout {
  const result = buildTicketLayout(sampleTicketInput(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('renderTicketHtml', () => {
  it('is a Spanish document with a roll-sized print page without margins', async () => {
    const html = await renderTicketHtml(layout());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
    expect(html).toContain('<title>Ticket R-023</title>');
    expect(html).toMatch(/@media print \{ @page \{ size: 80mm \d+mm; margin: 0; \}/);
    expect(html).toContain('width: 80mm; padding: 2mm 4mm;');
  });

  it('sizes the page for 58 mm paper when asked', async () => {
    const html = await renderTicketHtml(layout(), { paper: 58 });
    expect(html).toMatch(/@page \{ size: 58mm \d+mm; margin: 0; \}/);
    expect(html).toContain('width: 58mm; padding: 2mm 5mm;');
  });

  it('makes the page as long as the ticket: a longer footer gives a longer page', async () => {
    const pageHeight = (html: string) => Number(/size: 80mm (\d+)mm/.exec(html)?.[1]);
    const short = pageHeight(await renderTicketHtml(layout({ footer: '' })));
    const long = pageHeight(await renderTicketHtml(layout({ footer: 'Uno\nDos\nTres\nCuatro' })));
    // Four lines of 24 dots = 12 mm.
    expect(long - short).toBe(12);
  });

  it('holds the text, the huge number and the QR drawing', async () => {
    const html = await renderTicketHtml(layout());
    expect(html).toContain('<p class="s1 center bold">SU NÚMERO DE ATENCIÓN ES</p>');
    expect(html).toContain('<p class="s4 center bold">R-023</p>');
    expect(html).toContain('<p class="s1 left">Personas antes que usted: 4</p>');
    expect(html).toMatch(/<div class="image" style="width: 30mm; height: 30mm"><svg width="100%"/);
  });

  it('writes an English ticket with lang="en" and escapes configured text', async () => {
    const html = await renderTicketHtml(layout({ language: 'en', footer: 'Tom & Jerry <b>' }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('YOUR TICKET NUMBER IS');
    expect(html).toContain('Tom &amp; Jerry &lt;b&gt;');
    expect(html).not.toContain('<b>');
  });
});
