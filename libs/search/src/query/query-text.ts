/**
 * A document number as typed: "12/2023/QĐ-UBND", "2284/QĐ-UBND", "64/2025/QH15",
 * "02/2015/TTLT-BTP-BNV", "23/VBHN-VPQH".
 */
const DOCUMENT_NUMBER = /^\d+[a-zđ]?\/(?:\d{4}\/)?\p{L}[\p{L}\p{N}&]*(?:-[\p{L}\p{N}&]+)*$/u;
const TRAILING_PUNCTUATION = /[.,;:)]+$/u;

/**
 * The query string to send: NFC, single spaces, and every document number turned into a phrase.
 * Meilisearch splits "12/2023/QĐ-UBND" into four words and would otherwise also match a text
 * with "ngày 12 tháng 5 năm 2023 … QĐ-UBND"; as a phrase the words must be adjacent and in order
 * (measured on 1.21). A query that already contains quotes is the user's own syntax and is left
 * as it is.
 */
export function prepareQueryText(q: string): string {
  const text = q.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text.includes('"')) return text;
  return text
    .split(' ')
    .map((word) => {
      const bare = word.replace(TRAILING_PUNCTUATION, '');
      return DOCUMENT_NUMBER.test(bare) ? `"${bare}"` : word;
    })
    .join(' ');
}
