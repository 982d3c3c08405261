/**
 * Reads a numeral written with Vietnamese separators: "." groups thousands and "," marks decimals
 * ("1.500.000", "1,5", "1.500,75"). Two readings need a guess:
 * - one "." followed by a group that is not three digits ("1.5") is read as a decimal point;
 * - several "," each followed by three digits ("1,500,000") is read as English thousands.
 * Leading zeros ("03", "05") are ignored.
 */
export function parseNumeral(numeral: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)*$/.test(numeral)) return undefined;
  const dots = numeral.split('.').length - 1;
  const commas = numeral.split(',').length - 1;
  let plain: string;
  if (dots > 0 && commas > 0) {
    plain = numeral.replace(/\./g, '').replace(',', '.');
    if (commas > 1) return undefined;
  } else if (dots > 0) {
    const groups = numeral.split('.').slice(1);
    plain = groups.every((g) => g.length === 3) ? numeral.replace(/\./g, '') : dots === 1 ? numeral : '';
  } else if (commas > 1) {
    const groups = numeral.split(',').slice(1);
    plain = groups.every((g) => g.length === 3) ? numeral.replace(/,/g, '') : '';
  } else {
    plain = numeral.replace(',', '.');
  }
  if (plain === '') return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}
