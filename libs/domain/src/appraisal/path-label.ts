const SEGMENTS: ReadonlyArray<readonly [RegExp, (n: string) => string]> = [
  [/^d(\d+[a-zđ]?)$/u, (n) => `Điều ${n}`],
  [/^k(\d+[a-zđ]?)$/u, (n) => `khoản ${n}`],
  [/^c([IVXLCDM\d]+[a-zđ]?)$/u, (n) => `Chương ${n}`],
  [/^tm(\d+[a-zđ]?)$/u, (n) => `Tiểu mục ${n}`],
  [/^m([IVXLCDM\d]+[a-zđ]?)$/u, (n) => `Mục ${n}`],
  [/^pl(.*)$/u, (n) => (n === '' ? 'Phụ lục' : `Phụ lục ${n}`)],
  [/^p([IVXLCDM\d]+)$/u, (n) => `Phần ${n}`],
  [/^kt$/u, () => 'văn bản kèm theo'],
  [/^([a-zđ]\d*)$/u, (n) => `điểm ${n}`],
];

/** A path key as a Vietnamese citation, innermost first: "d5.k2.a" → "điểm a khoản 2 Điều 5". */
export function pathLabel(pathKey: string): string {
  return pathKey
    .split('.')
    .map((segment) => {
      const base = segment.replace(/~\d+$/u, '');
      for (const [pattern, label] of SEGMENTS) {
        const match = pattern.exec(base);
        if (match) return label(match[1] ?? '');
      }
      return segment;
    })
    .reverse()
    .join(' ');
}
