import { lex, STRUCTURE_BREAK } from './lex';

/** Kinds of act, in comparison form: an act names itself "Quyết định này", "Nghị quyết này". */
const ACT_KINDS: readonly (readonly string[])[] = [
  'quyết định', 'nghị quyết', 'nghị định', 'thông tư', 'luật', 'bộ luật', 'pháp lệnh', 'quy định', 'quy chế',
].map((kind) => kind.split(' '));
const THIS = 'này';

const FEEDBACK_REQUEST = 'trong quá trình thực hiện nếu có vướng mắc'.split(' ');

const SENTENCE_BREAKS = new Set(['.', STRUCTURE_BREAK]);

/** The words of each sentence, in comparison form. Only "." and structure end one: ";" separates the names of a list of executors. */
function sentences(text: string): string[][] {
  const out: string[][] = [[]];
  for (const token of lex(text)) {
    if (token.kind !== 'punct') out[out.length - 1].push(token.norm);
    else if (SENTENCE_BREAKS.has(token.norm) && out[out.length - 1].length > 0) out.push([]);
  }
  return out.filter((words) => words.length > 0);
}

const startsAt = (words: readonly string[], at: number, phrase: readonly string[]) => phrase.every((word, k) => words[at + k] === word);
const contains = (words: readonly string[], phrase: readonly string[]) => words.some((_, at) => startsAt(words, at, phrase));

/** "Quyết định này có hiệu lực thi hành kể từ ngày ký", "Nghị quyết này đã được … thông qua … và có hiệu lực từ ngày …". */
const bringsItselfIntoForce = (words: readonly string[]) =>
  ACT_KINDS.some((kind) => startsAt(words, 0, [...kind, THIS])) && contains(words, ['có', 'hiệu', 'lực']);

/**
 * "… chịu trách nhiệm thi hành Quyết định này", "… giám sát việc thực hiện Nghị quyết (này)": as the
 * object that ends an execution or supervision duty, "Nghị quyết" alone is the act itself too.
 */
const assignsItsExecution = (words: readonly string[]) => {
  const object = words[words.length - 1] === THIS ? words.slice(0, -1) : words;
  return ACT_KINDS.some((kind) => {
    const at = object.length - kind.length - 2;
    return at >= 0 && (startsAt(object, at, ['thi', 'hành']) || startsAt(object, at, ['thực', 'hiện'])) && startsAt(object, at + 2, kind);
  });
};

const isClosingSentence = (words: readonly string[]) =>
  bringsItselfIntoForce(words) || assignsItsExecution(words) || contains(words, FEEDBACK_REQUEST);

/**
 * Whether a provision only closes its act: each of its sentences brings the act into force, names
 * who executes or supervises it, or asks to be told of difficulties. Every act repeats these
 * formulas with other names and dates, so they look like duplicates of the closing clauses of
 * every act in force while repeating no rule.
 *
 * A formula counts only where the act itself is its subject (at the start of the sentence) or
 * its object (at the end): "Hợp đồng lao động có hiệu lực kể từ ngày hai bên giao kết" and
 * "Hồ sơ nộp trước ngày Nghị định này có hiệu lực thì …" are rules. One sentence that is not a
 * formula makes the provision worth checking.
 */
export function isClosingClause(text: string): boolean {
  const all = sentences(text);
  return all.length > 0 && all.every(isClosingSentence);
}
