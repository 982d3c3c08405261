import { effectiveDateOf } from '../documents/effective-date-of';
import { findProvisionRefs, refPathKeys } from '../legal-text/provision-refs';

/** Clauses of a sentence: "Nghị định này có hiệu lực từ …, riêng Điều 5 có hiệu lực từ …". */
const SENTENCE = /[^.;,]+/gu;
const TAKES_EFFECT = /có\s+hiệu\s+lực/iu;

/**
 * Provisions that take effect on a date of their own: "Khoản 3 Điều 5 có hiệu lực thi hành từ ngày
 * 01 tháng 01 năm 2027", "Quy định tại Điều 12 … có hiệu lực kể từ ngày ký". Only sentences whose
 * subject, before "có hiệu lực", cites provisions of the document itself count; "Nghị định này có
 * hiệu lực …" cites none and gives the document's own date.
 */
export function provisionEffectiveDates(provisions: ReadonlyArray<{ pathKey: string; text: string }>, issuedDate: string | null): Map<string, string> {
  const dates = new Map<string, string>();
  for (const provision of provisions) {
    if (!TAKES_EFFECT.test(provision.text)) continue;
    const article = /^(?:[a-z]+\.)*d(\d+[a-zđ]?)/u.exec(provision.pathKey)?.[1] ?? null;
    const clause = /\.k(\d+[a-zđ]?)/u.exec(provision.pathKey)?.[1] ?? null;
    for (const [sentence] of provision.text.normalize('NFC').matchAll(SENTENCE)) {
      const at = sentence.search(TAKES_EFFECT);
      if (at < 0) continue;
      const date = effectiveDateOf(sentence.slice(at), issuedDate);
      if (date === null) continue;
      const subject = sentence.slice(0, at);
      // "Điều 5 của Nghị định số 10/2020/NĐ-CP …" is another document's provision.
      if (/\ssố\s+\d/u.test(subject)) continue;
      for (const ref of findProvisionRefs(subject)) {
        for (const key of refPathKeys(ref, { prefix: '', article: article ?? '', clause }, false)) dates.set(key, date);
      }
    }
  }
  return dates;
}
