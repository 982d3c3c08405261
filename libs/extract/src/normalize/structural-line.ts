/**
 * Line starts that always open a new line in a legal document (REFERENCE.md §3): parts,
 * chapters, sections, articles, khoản "1.", điểm "a)", annexes and forms, the preamble ("Căn cứ",
 * "Xét", "Theo đề nghị"), the enacting formula, the signature block, the number line and bullets.
 * A leading opening quote is allowed, for provisions quoted in amending documents.
 */
const STRUCTURAL_START = new RegExp(
  '^["“‘\']?\\s*(?:' +
    [
      '(?:Phần|PHẦN)\\s+(?:thứ\\s+\\p{L}+|THỨ\\s+\\p{L}+|[IVXLCDM]+|\\d+)(?=[\\s.:]|$)',
      '(?:Chương|CHƯƠNG)\\s+[IVXLCDM]+[a-zđ]?(?=[\\s.:]|$)',
      '(?:Mục|MỤC)\\s+\\d+[a-zđ]?(?=[\\s.:]|$)',
      '(?:Tiểu\\s+mục|TIỂU\\s+MỤC)\\s+\\d+',
      '(?:Điều|ĐIỀU)\\s+\\d+[a-zđ]?(?:\\s*[.:]|$)',
      '\\d+[a-zđ]?(?:\\.\\d+)*\\.\\s',
      '[a-zđ]\\d*\\)\\s',
      '(?:Phụ\\s+lục|PHỤ\\s+LỤC)(?=[\\s.:]|$)',
      '(?:Mẫu\\s+số|MẪU\\s+SỐ)\\s',
      'Căn\\s+cứ\\s',
      'Xét\\s',
      'Theo\\s+đề\\s+nghị',
      '(?:QUYẾT\\s+ĐỊNH|QUYẾT\\s+NGHỊ|NGHỊ\\s+QUYẾT)\\s*:',
      'Nơi\\s+nhận',
      '(?:TM|KT|Q|TL|TUQ)\\.\\s',
      'THAY\\s+MẶT',
      'Số\\s*:',
      '[-+•–—]\\s',
    ].join('|') +
    ')',
  'u',
);

/**
 * Lines after which a title follows in capitals, possibly over several lines: a bare part,
 * chapter or section heading ("Chương II"), a document type ("NGHỊ QUYẾT"), an annex heading.
 */
const TITLE_OPENER = new RegExp(
  '^(?:' +
    [
      '(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Tiểu\\s+mục|TIỂU\\s+MỤC)\\s+\\S+',
      '(?:LUẬT|BỘ LUẬT|PHÁP LỆNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|THÔNG TƯ(?: LIÊN TỊCH)?|CHỈ THỊ|QUY CHẾ|QUY ĐỊNH|VĂN BẢN HỢP NHẤT)',
      '(?:Phụ\\s+lục|PHỤ\\s+LỤC).*',
    ].join('|') +
    ')$',
  'u',
);

/** True when `line` (trimmed) starts a structural unit and must never be joined to the line above. */
export function isStructuralStart(line: string): boolean {
  return STRUCTURAL_START.test(line);
}

/** True for a line that a capitalised title follows: "Chương II", "NGHỊ QUYẾT", "PHỤ LỤC I". */
export function opensTitle(line: string): boolean {
  return TITLE_OPENER.test(line);
}
