import { lex, normOf, STRUCTURE_BREAK, type LexToken } from '../text/lex';
import { phraseMatcher } from '../text/phrase-matcher';
import { type ModalityKind, type ModalityMark } from './types';

/** `null`: a phrase that looks modal but is not ("không phải là" = "is not", "không cấm"). */
const MARKERS: ReadonlyArray<{ readonly words: readonly string[]; readonly kind: ModalityKind | null }> = (
  [
    ['không được phép', 'prohibition'],
    ['không cho phép', 'prohibition'],
    ['không có quyền', 'prohibition'],
    ['không bắt buộc', 'exemption'],
    ['không phải là', null],
    ['không phải', 'exemption'],
    ['không được', 'prohibition'],
    ['không cấm', null],
    ['nghiêm cấm', 'prohibition'],
    ['cấm', 'prohibition'],
    ['bắt buộc phải', 'obligation'],
    ['bắt buộc', 'obligation'],
    ['có trách nhiệm', 'obligation'],
    ['chịu trách nhiệm', 'obligation'],
    ['có nghĩa vụ', 'obligation'],
    ['phải', 'obligation'],
    ['được phép', 'permission'],
    ['có quyền', 'permission'],
    ['cho phép', 'permission'],
    ['được miễn', 'exemption'],
    ['được', 'permission'],
  ] as const
)
  .map(([phrase, kind]) => ({ words: phrase.split(' '), kind }));
const matchMarker = phraseMatcher(MARKERS, (m) => m.words);

/**
 * First syllables of verbs that make "được" a passive ("được quy định tại", "được sửa đổi, bổ
 * sung", "được thực hiện theo", "được xác định", "được tính") rather than a permission.
 */
const PASSIVE_VERBS = new Set([
  'quy', 'ban', 'sửa', 'bổ', 'thay', 'bãi', 'áp', 'xác', 'tính', 'hiểu', 'gọi', 'ghi', 'lập', 'thành',
  'phê', 'công', 'giao', 'thực', 'hướng', 'sử', 'dùng', 'bố', 'hợp', 'đăng', 'gửi', 'lưu', 'phân',
  'ủy', 'tổ', 'thể', 'chia', 'đánh', 'xem', 'xử', 'kiểm', 'chuyển', 'đặt', 'nêu', 'liệt', 'căn',
  'chấp', 'cử', 'bầu', 'tuyển', 'trình', 'nhập', 'in', 'viết', 'tổng', 'điều', 'cập', 'chỉ', 'thông',
]);
/** Syllables before "được" that make it aspect ("đã được") or a complement ("nhận được", "thực hiện được"). */
const NOT_MODAL_BEFORE = new Set([
  'đã', 'đang', 'chưa', 'vừa', 'nhận', 'thu', 'đạt', 'làm', 'tìm', 'lấy', 'biết', 'thấy', 'hiện',
  'quyết', 'định', 'bán', 'mua', 'giữ',
]);
const ACTION_BREAKS = new Set([';', ':', '.', STRUCTURE_BREAK]);
/** How many syllables after a marker name its action. */
const ACTION_SYLLABLES = 4;

/**
 * A lone "được" followed by a passive verb. After "không được" every verb is forbidden ("không
 * được công khai", "không được quy định lại"), so the negated form is never read as a passive.
 */
function isPassive(tokens: readonly LexToken[], markerStart: number, markerEnd: number): boolean {
  const next = tokens[markerEnd];
  return markerEnd - markerStart === 1 && tokens[markerStart].norm === 'được' && next?.kind === 'word' && PASSIVE_VERBS.has(next.norm);
}

function actionAfter(tokens: readonly LexToken[], index: number): string {
  const words: string[] = [];
  for (let k = index; k < tokens.length && words.length < ACTION_SYLLABLES; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && ACTION_BREAKS.has(t.norm)) break;
    if (t.kind === 'word') words.push(t.norm);
  }
  return words.join(' ');
}

/**
 * Modal markers of a provision, in text order. "không được" is a prohibition, not a permission;
 * "được" is a permission unless it is a passive ("được quy định tại", "được sửa đổi"), an aspect
 * ("đã được") or a verb complement ("nhận được").
 */
export function extractModality(text: string): ModalityMark[] {
  return modalityOf(text, lex(text));
}

/** `extractModality` over tokens already produced by `lex(text)`. */
export function modalityOf(text: string, tokens: readonly LexToken[]): ModalityMark[] {
  const marks: ModalityMark[] = [];
  let i = 0;
  while (i < tokens.length) {
    const marker = matchMarker(tokens, i, normOf);
    if (marker === undefined) {
      i++;
      continue;
    }
    const end = i + marker.words.length;
    const lone = marker.words.length === 1 && marker.words[0] === 'được';
    const notModal =
      marker.kind === null ||
      isPassive(tokens, i, end) ||
      (lone && NOT_MODAL_BEFORE.has(tokens[i - 1]?.norm ?? ''));
    const action = actionAfter(tokens, end);
    // "trường hợp bắt buộc": a modal word used as an adjective governs no action.
    if (!notModal && action !== '') {
      marks.push({
        kind: marker.kind,
        marker: text.slice(tokens[i].start, tokens[end - 1].end),
        start: tokens[i].start,
        end: tokens[end - 1].end,
        action,
      });
    }
    i = end;
  }
  return marks;
}
