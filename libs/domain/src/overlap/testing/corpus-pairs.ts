/**
 * Test support: builds labelled provision pairs from the shared corpus of real legal texts, for the
 * corpus evaluation spec. Pure: the spec reads the files and passes their lines in.
 */
import { extractModality } from '../modality/extract-modality';
import { normalize } from '../text/normalize';
import { NEGATIONS } from '../text/stop-words';
import { extractValues } from '../values/extract-values';
import { type ValueKind } from '../values/types';
import { analyzeProvision } from '../compare/analyze';
import { DEFAULT_OVERLAP_OPTIONS } from '../compare/options';
import { type OverlapClass } from '../compare/types';

export interface CorpusDocument {
  readonly id: string;
  readonly number: string;
  readonly type: string;
  readonly title: string;
  readonly text: string;
}

export interface CorpusLink {
  readonly from_id: string;
  readonly relation: string;
  readonly to_id: string;
}

export interface Article {
  readonly docId: string;
  readonly number: string;
  readonly title: string;
  readonly text: string;
}

export type PairSet =
  | 'copy'
  | 'editedCopy'
  | 'contained'
  | 'consolidated'
  | 'changedNumber'
  | 'flippedModality'
  | 'unrelated'
  | 'neighbour'
  | 'siblingPoints';

export interface LabelledPair {
  readonly set: PairSet;
  readonly query: string;
  readonly candidate: string;
  /** What the pair is by construction; `other` is neither a duplicate nor a conflict. */
  readonly label: Extract<OverlapClass, 'duplicate' | 'conflict'> | 'other';
  /** For planted value changes: the value as written in the candidate and in the query. */
  readonly planted?: { readonly candidate: string; readonly query: string };
}

/** Deterministic pseudo-random numbers (mulberry32), so the generated set is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Official Gazette layout that the extraction layer removes before provisions are stored: running
 * heads ("CÔNG BÁO/Số 993 + 994/Ngày 26-12-2019"), page numbers alone on a line, and the
 * e-signature box. Left in, two printings of one text differ at every page break.
 */
const GAZETTE_NOISE = /^(?:CÔNG BÁO\/Số.*|\d{1,4}|(?:Người ký|Email|Cơ quan|Thời gian ký|Ký bởi|Ngày ký):.*)$/gmu;

export function withoutGazetteNoise(doc: CorpusDocument): CorpusDocument {
  return { ...doc, text: doc.text.replace(GAZETTE_NOISE, '') };
}

const ARTICLE_HEADING = /^Điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$/gmu;
const SIGNATURE = /^(?:Nơi\s+nhận\s*:|TM\.|KT\.|TL\.|TUQ\.)/mu;

/** Splits a document into articles ("Điều N. …" at a line start), cutting at the signature block. */
export function splitArticles(doc: CorpusDocument): Article[] {
  const headings = Array.from(doc.text.matchAll(ARTICLE_HEADING));
  return headings.map((h, k) => {
    const end = headings[k + 1]?.index ?? doc.text.length;
    let text = doc.text.slice(h.index, end).trimEnd();
    const signature = SIGNATURE.exec(text);
    if (signature !== null) text = text.slice(0, signature.index).trimEnd();
    return { docId: doc.id, number: h[1], title: h[2].trim(), text };
  });
}

const syllableCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Articles long enough to say something and short enough to be one provision. */
export function usableArticles(docs: readonly CorpusDocument[]): Article[] {
  return docs
    .filter((d) => d.type !== 'Văn bản hợp nhất')
    .flatMap(splitArticles)
    .filter((a) => {
      const n = syllableCount(a.text);
      return n >= 25 && n <= 1500;
    });
}

/** The items in random order (Fisher–Yates), drawn lazily. */
function* shuffled<T>(items: readonly T[], random: () => number): Generator<T> {
  const pool = [...items];
  for (let i = pool.length - 1; i >= 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
    yield pool[i];
  }
}

/** Up to `count` pairs made from randomly drawn items, skipping items that `make` cannot use. */
function draw<T>(items: readonly T[], count: number, random: () => number, make: (item: T) => LabelledPair | undefined): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (const item of shuffled(items, random)) {
    if (out.length >= count) break;
    const pair = make(item);
    if (pair !== undefined) out.push(pair);
  }
  return out;
}

/** Layout noise a copy picks up: other tone placement, reflowed lines, a new article number, a footnote mark. */
function restate(text: string, random: () => number): string {
  let out = text.replace(/hòa/g, 'hoà').replace(/Ủy/g, 'Uỷ').replace(/ủy/g, 'uỷ');
  if (random() < 0.5) out = out.replace(/\n(?![a-zđ]\)|\d+\.)/g, ' ');
  out = out.replace(/^Điều\s+\d+[a-zđ]?/u, `Điều ${1 + Math.floor(random() * 40)}`);
  const sentenceEnd = /[.;]\s/g;
  sentenceEnd.lastIndex = Math.floor(out.length / 2);
  const at = sentenceEnd.exec(out)?.index;
  if (at !== undefined) out = `${out.slice(0, at + 1)}[${1 + Math.floor(random() * 9)}]${out.slice(at + 1)}`;
  return out;
}

/**
 * A restatement with light edits, as a drafter trims a copied provision: about one word in thirty
 * dropped, never a negation or a word of a value or modal marker (that would change the rule).
 */
function trim(text: string, random: () => number): string {
  const kept = [...extractValues(text), ...extractModality(text)];
  let offset = 0;
  return text
    .split(/(?<=\s)/u)
    .filter((word) => {
      const start = offset;
      offset += word.length;
      const protectedWord = NEGATIONS.has(word.trim().toLowerCase()) || kept.some((k) => start < k.end && offset > k.start);
      return protectedWord || !/^\p{L}+\s$/u.test(word) || random() >= 1 / 30;
    })
    .join('');
}

const formatVietnamese = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Another number written like `numeral` ("30" → "60", "03" → "06", "500.000" → "1.000.000", "1,5" → "1"). */
function changeNumeral(numeral: string): string {
  const integer = /^\d+$/.test(numeral);
  const thousands = /^\d{1,3}(?:\.\d{3})+$/.test(numeral);
  if (!integer && !thousands) return numeral === '1' ? '2' : '1';
  const n = Number(numeral.replace(/\./g, ''));
  const changed = n === 0 ? 5 : n * 2;
  if (thousands) return formatVietnamese(changed);
  return String(changed).padStart(numeral.length, '0');
}

const PLANTABLE_KINDS: ReadonlySet<ValueKind> = new Set(['duration', 'money', 'percent', 'age', 'count', 'area']);

/** The article with one value's number changed, and the value before and after; undefined without a digit value. */
function changeNumber(text: string, random: () => number) {
  // "một (01) bộ": a number written twice is changed in both places by a drafter, so leave it out.
  const values = extractValues(text).filter((v) => PLANTABLE_KINDS.has(v.kind) && /^\d[\d.,]*\s/.test(v.text));
  if (values.length === 0) return undefined;
  const v = values[Math.floor(random() * values.length)];
  const digits = /\d+(?:[.,]\d+)*/.exec(v.text)!;
  const changedText = v.text.slice(0, digits.index) + changeNumeral(digits[0]) + v.text.slice(digits.index + digits[0].length);
  return { text: text.slice(0, v.start) + changedText + text.slice(v.end), before: v.text, after: changedText };
}

const FLIPS: Readonly<Record<string, string>> = {
  phải: 'không được',
  'không được': 'được',
  'có quyền': 'không có quyền',
  được: 'không được',
  'không phải': 'phải',
};

/** The article with one modal marker reversed; undefined without a reversible marker. */
function flipModality(text: string, random: () => number): string | undefined {
  const marks = extractModality(text).filter((m) => FLIPS[m.marker.toLowerCase()] !== undefined);
  if (marks.length === 0) return undefined;
  const m = marks[Math.floor(random() * marks.length)];
  const flipped = FLIPS[m.marker.toLowerCase()];
  const cased = m.marker[0] === m.marker[0].toUpperCase() ? flipped[0].toUpperCase() + flipped.slice(1) : flipped;
  return text.slice(0, m.start) + cased + text.slice(m.end);
}

/** Lines of an article that open a khoản ("1. …") with their text up to the next khoản. */
function clauses(article: Article): string[] {
  const parts = article.text.split(/\n(?=\d+\.\s)/u).slice(1);
  // A clause made of formulas ("Thông tư này có hiệu lực thi hành kể từ ngày …") repeats nothing reviewable.
  return parts.filter((p) => syllableCount(p) >= 15 && analyzeProvision(p).totalWeight >= DEFAULT_OVERLAP_OPTIONS.minContainedWeight);
}

/** Consecutive points ("a) …", "b) …") of one article. */
function siblingPoints(article: Article): Array<[string, string]> {
  const points = article.text.split(/\n(?=[a-zđ]\)\s)/u).slice(1).map((p) => p.split(/\n(?=\d+\.\s)/u)[0]);
  const pairs: Array<[string, string]> = [];
  for (let k = 0; k + 1 < points.length; k++) {
    if (syllableCount(points[k]) >= 8 && syllableCount(points[k + 1]) >= 8) pairs.push([points[k], points[k + 1]]);
  }
  return pairs;
}

/** The first syllables of a document's name (trích yếu), after its type and number; may be empty. */
const nameOf = (doc: CorpusDocument) => normalize(doc.title.replace(`${doc.type} ${doc.number}`, '')).split(' ').slice(0, 4).join(' ');

const titleKey = (title: string) => normalize(title).split(' ').slice(0, 8).join(' ');

/**
 * Articles of consolidated texts (VBHN) paired with the same article of the original they
 * consolidate: same number, same title, and no footnote mark in the consolidated article (a mark
 * says that the article was amended).
 */
export function consolidatedPairs(docs: readonly CorpusDocument[], links: readonly CorpusLink[]): Array<[string, string]> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const pairs: Array<[string, string]> = [];
  for (const link of links.filter((l) => l.relation === 'consolidates')) {
    const vbhn = byId.get(link.from_id);
    const original = byId.get(link.to_id);
    if (vbhn === undefined || original === undefined) continue;
    // A VBHN is linked to its base act and to the acts that amend it; only the base shares its name.
    const name = nameOf(original);
    if (name === '' || !normalize(vbhn.title).includes(name)) continue;
    const originals = new Map(splitArticles(original).map((a) => [`${a.number}|${titleKey(a.title)}`, a]));
    for (const a of splitArticles(vbhn)) {
      const match = originals.get(`${a.number}|${titleKey(a.title)}`);
      const n = syllableCount(a.text);
      if (match === undefined || /\[\d+\]/.test(a.text) || n < 25 || n > 1500) continue;
      pairs.push([a.text, match.text]);
    }
  }
  return pairs;
}

/**
 * The labelled set, `perSet` pairs of each kind: planted copies, trimmed copies, real
 * consolidations (duplicates); changed numbers and flipped modalities of real articles
 * (conflicts); clauses inside their article (overlaps); and three kinds of negatives (articles of
 * different documents, neighbouring articles, sibling points).
 */
export function labelledPairs(
  docs: readonly CorpusDocument[],
  links: readonly CorpusLink[],
  perSet: number,
  random: () => number,
): LabelledPair[] {
  const articles = usableArticles(docs);
  const byDoc = new Map<string, Article[]>();
  for (const a of articles) byDoc.set(a.docId, [...(byDoc.get(a.docId) ?? []), a]);
  const neighbours = [...byDoc.values()].flatMap((list) => list.slice(1).map((b, k): [Article, Article] => [list[k], b]));
  const unrelated = (a: Article): LabelledPair | undefined => {
    const b = articles[Math.floor(random() * articles.length)];
    return a.docId === b.docId ? undefined : { set: 'unrelated', query: a.text, candidate: b.text, label: 'other' };
  };
  return [
    ...draw(articles, perSet, random, (a) => ({ set: 'copy', query: restate(a.text, random), candidate: a.text, label: 'duplicate' })),
    ...draw(articles, perSet, random, (a) => ({ set: 'editedCopy', query: trim(a.text, random), candidate: a.text, label: 'duplicate' })),
    // A clause inside its article repeats part of it, not the whole: an overlap, not a duplicate.
    ...draw(articles, perSet, random, (a) => {
      const options = clauses(a);
      if (options.length < 2) return undefined;
      return { set: 'contained', query: options[Math.floor(random() * options.length)], candidate: a.text, label: 'other' };
    }),
    ...draw(consolidatedPairs(docs, links), perSet, random, ([query, candidate]) => ({ set: 'consolidated', query, candidate, label: 'duplicate' })),
    ...draw(articles, perSet, random, (a) => {
      const change = changeNumber(a.text, random);
      if (change === undefined) return undefined;
      const planted = { candidate: change.before, query: change.after };
      return { set: 'changedNumber', query: change.text, candidate: a.text, label: 'conflict', planted };
    }),
    ...draw(articles, perSet, random, (a) => {
      const flip = flipModality(a.text, random);
      return flip === undefined ? undefined : { set: 'flippedModality', query: flip, candidate: a.text, label: 'conflict' };
    }),
    ...draw(articles, perSet * 2, random, unrelated),
    ...draw(neighbours, perSet, random, ([a, b]) => ({ set: 'neighbour', query: a.text, candidate: b.text, label: 'other' })),
    ...draw(articles.flatMap(siblingPoints), perSet, random, ([a, b]) => ({ set: 'siblingPoints', query: a, candidate: b, label: 'other' })),
  ];
}
