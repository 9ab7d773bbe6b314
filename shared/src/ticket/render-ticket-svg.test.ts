import { buildTicketLayout } from './build-ticket-layout';
import { renderTicketSvg } from './render-ticket-svg';
import { sampleTicketInput } from './sample-ticket';
import type { TicketLayout } from './ticket-layout';

function layout(overrides: Parameters<typeof sampleTicketInput>[0] = {}): TicketLayout {
  const result = buildTicketLayout(sampleTicketInput(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function textLines(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('renderTicketSvg', () => {
  it('draws the ticket on the 80 mm grid: 576 dots plus margins, the Spanish text, the QR', async () => {
    const svg = await renderTicketSvg(layout(), { paper: 80 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="608" /);
    expect(svg).toContain('aria-label="Ticket R-023"');
    expect(textLines(svg)).toEqual(
      expect.arrayContaining(['SU NÚMERO DE ATENCIÓN ES', 'R-023', 'Registro Civil']),
    );
    // The QR is nested as its own SVG, 240 dots wide, centred: (576 - 240) / 2 + 16 = 184.
    expect(svg).toMatch(/<svg x="184" y="\d+" width="240" height="240" xmlns=/);
    expect(svg).toMatch(/font-size="80"[^>]*font-weight="bold">R-023</);
  });

  it('wraps on the 58 mm grid (32 columns) where the printer wraps', async () => {
    const ticket = layout({
      footer: 'Conserve este ticket hasta ser atendido. Gracias por su visita.',
    });
    const narrow = textLines(await renderTicketSvg(ticket, { paper: 58 }));
    const wide = textLines(await renderTicketSvg(ticket, { paper: 80 }));
    expect(narrow).toEqual(
      expect.arrayContaining([
        'Conserve este ticket hasta ser',
        'atendido. Gracias por su visita.',
      ]),
    );
    expect(wide).toContain('Conserve este ticket hasta ser atendido. Gracias');
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(32);
  });

  it('escapes configured text, so an office name cannot inject markup', async () => {
    const svg = await renderTicketSvg(
      layout({ office: { name: '<script>alert("x")</script> & Cía', timeZone: 'America/Lima' } }),
      { paper: 80 },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cía');
  });

  it('draws the logo when the layout has one and an image is given, and skips it otherwise', async () => {
    const withLogo = layout({ office: { name: 'CAC', hasLogo: true, timeZone: 'America/Lima' } });
    const logo = { href: 'data:image/png;base64,AAAA', width: 800, height: 200 };
    const drawn = await renderTicketSvg(withLogo, { paper: 80, logo });
    // Wider than the paper: scaled to 576 × 144.
    expect(drawn).toContain(
      '<image href="data:image/png;base64,AAAA" x="16" y="16" width="576" height="144"/>',
    );
    expect(await renderTicketSvg(withLogo, { paper: 80 })).not.toContain('<image');
  });

  it('leaves the QR space empty instead of failing when the data cannot fit a QR code', async () => {
    const ticket: TicketLayout = {
      language: 'es',
      title: 'Ticket',
      blocks: [{ kind: 'qr', data: `http://x/${'a'.repeat(5000)}` }],
    };
    const svg = await renderTicketSvg(ticket, { paper: 58 });
    expect(svg).toMatch(/^<svg .*<\/svg>$/);
    expect(svg.match(/<svg /g)).toHaveLength(1);
  });
});
