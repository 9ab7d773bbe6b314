import { csvCell, parseCsv, toCsv } from './csv';

function rows(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.rows;
}

describe('reading CSV', () => {
  it('reads commas, quotes, doubled quotes, accents and line breaks inside quotes', () => {
    expect(rows('a,b,c\n"x, y","dijo ""sí""","línea 1\nlínea 2"\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'dijo "sí"', 'línea 1\nlínea 2'],
    ]);
  });

  it('takes semicolons when the header uses them, and drops the BOM, CRLF and blank lines', () => {
    expect(rows('\uFEFFcódigo;monto\r\n\r\nC-1;1.234,50\r\n')).toEqual([
      ['código', 'monto'],
      ['C-1', '1.234,50'],
    ]);
  });

  it('keeps empty cells and a last line without a line end', () => {
    expect(rows('a,,c\n,,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('says where an unclosed quote starts, and refuses text after a closing quote', () => {
    expect(parseCsv('a,b\nc,"abierto\nsigue\n')).toEqual({
      ok: false,
      problem: { line: 2, message: 'Unas comillas se abren y nunca se cierran.' },
    });
    expect(parseCsv('a\n"x"y\n')).toEqual({
      ok: false,
      problem: { line: 2, message: 'Hay texto después de unas comillas de cierre.' },
    });
  });
});

describe('writing CSV', () => {
  it('quotes only what needs it', () => {
    expect(csvCell('Registro Civil')).toBe('Registro Civil');
    expect(csvCell('Pérez, Ana')).toBe('"Pérez, Ana"');
    expect(csvCell('dijo "sí"')).toBe('"dijo ""sí"""');
    expect(csvCell('dos\nlíneas')).toBe('"dos\nlíneas"');
    expect(csvCell(' espacio')).toBe('" espacio"');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
  });

  it('never lets a cell start a formula, but leaves negative numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+51 976')).toBe("'+51 976");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell(-3)).toBe('-3');
  });

  it('starts with a BOM, ends lines with CRLF, and reads back to the same cells', () => {
    const table = [
      ['servicio', 'atendidos', 'nota'],
      ['Atención, "preferente"', 3, 'ñandú\nsegunda línea'],
    ];
    const text = toCsv(table);
    expect(text.startsWith('\uFEFFservicio,atendidos,nota\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows(text)).toEqual(table.map((row) => row.map(String)));
  });
});
