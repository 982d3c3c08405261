import { ENDS_BLOCK } from './text-join';
import { isUpperCaseText, startsWithLowerCase } from './vietnamese';

/**
 * Titles of headings, which extraction often cuts over several lines ("Điều 4. Bản sao … quy định"
 * ⏎ "tại Luật Bảo hiểm xã hội"), puts on the next line ("Chương II" ⏎ "QUY ĐỊNH CHUNG"), or which
 * old resolutions replace by the article's body ("Điều 2. Giao Ủy ban nhân dân tỉnh …").
 */
export type TitleKind = 'upper' | 'article';

export const MAX_TITLE_LINES = 8;

/** A title ending in one of these words goes on over the next line, whatever its case. */
const CONNECTIVE_END =
  /(?:^|\s)(?:và|của|các|về|đối với|trong|tại|cho|từ|theo|có|được|với|hoặc|là|để|thuộc|trên|đến|những|khi|do|bằng|sau|trước|giữa)$/u;

/** Old articles without a title start their body right after "Điều N.". */
export const LEGACY_BODY_START =
  /^(?:(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị) này|Giao |Ban hành kèm theo|Thông qua|Phê duyệt|Công bố|Chánh Văn phòng)/u;

/**
 * Whether the next line goes on with a title read so far: chapter-like titles continue with
 * upper-case lines; article titles with lines that cannot start a sentence.
 */
export function continuesTitle(kind: TitleKind, title: string, text: string): boolean {
  if (title === '') return true;
  if (kind === 'upper') return isUpperCaseText(text) || (startsWithLowerCase(text) && !ENDS_BLOCK.test(title));
  if (/[.;:]$/u.test(title)) return false;
  return startsWithLowerCase(text) || /^[\d\u201C"]/u.test(text) || CONNECTIVE_END.test(title) || isTail(title, text);
}

/**
 * The last words of a long line cut by the line width: a proper name ("… thành phố Hà" ⏎ "Nội")
 * or the end of a sentence ("… tổ chức thực hiện" ⏎ "Nghị quyết.").
 */
function isTail(title: string, text: string): boolean {
  if (title.length < 40 || text.endsWith(':') || text.split(' ').length > 3) return false;
  return text.endsWith('.') || /\s\p{Lu}\p{Ll}*$/u.test(title);
}

/** Whether the text after "Điều N." is a title rather than the body of an untitled article. */
export function isArticleTitle(text: string): boolean {
  if (text.length > 400 || LEGACY_BODY_START.test(text)) return false;
  // An amending article is titled by its instruction, which may end with a full stop.
  if (/^(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế)/u.test(text)) return true;
  if (/[.;]$/u.test(text)) return text.length <= 45 && !text.includes(',');
  if (text.endsWith(':')) return text.length <= 160 && !/(?:như sau|sau đây|dưới đây|gồm|cụ thể|sau):$/u.test(text);
  return true;
}
