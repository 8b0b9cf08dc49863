import { readCsv } from './csv-reader';
import { toCsv } from './csv-writer';

const exported = (cells: (string | number | null)[]) =>
  toCsv(
    ['a'],
    cells.map((c) => [c]),
  )
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1);

describe('CSV formula guard', () => {
  it('prefixes text cells a spreadsheet would run as a formula with an apostrophe', () => {
    expect(exported(['=HYPERLINK("http://x.example";"clic")', '+39 0372 407111', '-2+3', '@SUM(A1)', 'Caritas', 'e-mail', ''])).toEqual([
      `"'=HYPERLINK(""http://x.example"";""clic"")"`,
      "'+39 0372 407111",
      "'-2+3",
      "'@SUM(A1)",
      'Caritas',
      'e-mail',
      '',
    ]);
    expect(exported(['\tcmd', '\r=1'])).toEqual([`'\tcmd`, `"'\r=1"`]);
  });

  it('leaves numbers and empty cells as they are', () => {
    expect(exported([-5, 12.5, null])).toEqual(['-5', '12.5', '']);
  });

  it('reads back exactly what was exported, including text that already starts with apostrophes', () => {
    const values = ['=1+1', 'prima riga\nseconda riga', 'a capo\r=1', '+39 0372 407111', "'=già protetto", "''+due", "'solo apostrofo", 'normale', '-', '@'];
    const table = readCsv(
      Buffer.from(
        toCsv(
          ['a'],
          values.map((v) => [v]),
        ),
        'utf8',
      ),
      ['a'],
      {},
    );
    expect(table.rows.map((r) => r.cells.a)).toEqual(values);
  });
});
