/**
 * The effective date a document states for itself, from its "hiệu lực" article: "có hiệu lực (thi
 * hành) (kể) từ ngày 10 tháng 01 năm 2025" gives that date; "… kể từ ngày ký (ban hành / thông
 * qua)" gives the issued date. The first statement wins; null when the text states none.
 */
export function effectiveDateOf(text: string, issuedDate: string | null): string | null {
  const match = EFFECTIVE.exec(text.normalize('NFC'));
  if (!match) return null;
  if (match[4] !== undefined) return issuedDate;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const EFFECTIVE =
  /có\s+hiệu\s+lực\s+(?:thi\s+hành\s+)?(?:kể\s+)?từ\s+(?:ngày\s+(\d{1,2})\s*(?:tháng|\/)\s*(\d{1,2})\s*(?:năm|\/)\s*(\d{4})|(ngày\s+(?:ký|thông\s+qua|ban\s+hành)))/iu;
