import { foldDiacritics, normalizeForm } from '../overlap/text/spelling';

/**
 * The key under which names are matched: "Ủy ban nhân dân thành phố Hà Nội", "UỶ BAN NHÂN DÂN TP.
 * HÀ NỘI" and "uy ban nhan dan thanh pho ha noi" give the same key. Lower case, spelling variants
 * and diacritics folded, punctuation dropped, single spaces.
 */
export function nameKey(name: string): string {
  return foldDiacritics(normalizeForm(name))
    .replace(/\btp\.?\s/g, 'thanh pho ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
