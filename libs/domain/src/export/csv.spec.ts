import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { header: 'Số', value: (row: { number: string; count: number | null }) => row.number },
    { header: 'Count', value: (row: { number: string; count: number | null }) => row.count },
  ];

  it('writes a byte-order mark, a header and CRLF lines', () => {
    expect(toCsv(columns, [{ number: '12/2024/QĐ-UBND', count: 3 }])).toBe('\uFEFFSố,Count\r\n12/2024/QĐ-UBND,3\r\n');
  });

  it('quotes commas, quotes and line breaks, and leaves empty cells for null', () => {
    expect(toCsv(columns, [{ number: 'a, "b"\nc', count: null }])).toBe('\uFEFFSố,Count\r\n"a, ""b""\nc",\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(toCsv(columns, [{ number: '=HYPERLINK("x")', count: -1 }])).toBe('\uFEFFSố,Count\r\n"\'=HYPERLINK(""x"")",-1\r\n');
  });
});
