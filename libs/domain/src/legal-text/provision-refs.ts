/**
 * References to provisions in running text (Decree 78 Art. 68): "điểm a khoản 2 Điều 5",
 * "các điểm a, b và c khoản 1", "khoản 1, khoản 3 Điều này", "từ Điều 39 đến Điều 44".
 */
export interface ProvisionRef {
  points: string[];
  clauses: string[];
  articles: string[];
  /** "khoản này" / "Điều này": the clause or article the reference sits in. */
  clauseSelf: boolean;
  articleSelf: boolean;
  start: number;
  end: number;
}

const ANCHOR = /(?<![\p{L}\d])(?:các\s+)?(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều)\s+(?=[\d a-zđ])/gu;
const POINT_ITEM = String.raw`[a-zđ]\d{0,2}(?![\p{L}\d])`;
const NUMBER_ITEM = String.raw`\d{1,3}[a-zđ]?(?![\p{L}\d]|[/.,]\d)`;
const SEPARATOR = String.raw`\s*(?:,|và|hoặc|đến)\s*`;
const POINTS = new RegExp(String.raw`(?:các\s+)?[Đđ]iểm\s+(${POINT_ITEM}(?:${SEPARATOR}(?:[Đđ]iểm\s+)?${POINT_ITEM})*|này)(?![\p{L}\d])`, 'uy');
const CLAUSES = new RegExp(String.raw`(?:các\s+)?[Kk]hoản\s+(${NUMBER_ITEM}(?:${SEPARATOR}(?:[Kk]hoản\s+)?${NUMBER_ITEM})*|này)(?![\p{L}\d])`, 'uy');
const ARTICLES = new RegExp(String.raw`(?:các\s+|từ\s+)?[Đđ]iều\s+(${NUMBER_ITEM}(?:${SEPARATOR}(?:[Đđ]iều\s+)?${NUMBER_ITEM})*|này)(?![\p{L}\d])`, 'uy');
const CONNECTOR = /\s*(?:của\s+|tại\s+)?/uy;
const MAX_RANGE = 60;

function items(list: string): string[] {
  if (list === 'này') return [];
  const tokens = list.split(/\s*(?:,|và|hoặc)\s*|\s+/u).filter((token) => token !== '' && !/^(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều)$/u.test(token));
  const values: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'đến' && values.length > 0 && i + 1 < tokens.length) {
      const from = Number(values.at(-1));
      const to = Number(tokens[++i]);
      if (Number.isInteger(from) && Number.isInteger(to) && to > from && to - from <= MAX_RANGE) {
        for (let n = from + 1; n <= to; n++) values.push(String(n));
      } else values.push(tokens[i]);
      continue;
    }
    if (token !== 'đến') values.push(token);
  }
  return values;
}

function parseAt(text: string, start: number): ProvisionRef | null {
  const ref: ProvisionRef = { points: [], clauses: [], articles: [], clauseSelf: false, articleSelf: false, start, end: start };
  let position = start;
  for (const [pattern, part] of [[POINTS, 'points'], [CLAUSES, 'clauses'], [ARTICLES, 'articles']] as const) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) continue;
    const list = match[1];
    if (list !== 'này') ref[part] = items(list);
    else if (part === 'clauses') ref.clauseSelf = true;
    else if (part === 'articles') ref.articleSelf = true;
    ref.end = pattern.lastIndex;
    CONNECTOR.lastIndex = ref.end;
    position = CONNECTOR.exec(text) ? CONNECTOR.lastIndex : ref.end;
  }
  const found = ref.points.length + ref.clauses.length + ref.articles.length > 0 || ref.clauseSelf || ref.articleSelf;
  return found ? ref : null;
}

export function findProvisionRefs(text: string): ProvisionRef[] {
  const refs: ProvisionRef[] = [];
  ANCHOR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ANCHOR.exec(text)) !== null) {
    const ref = parseAt(text, match.index);
    if (!ref) continue;
    refs.push(ref);
    ANCHOR.lastIndex = Math.max(ref.end, match.index + 1);
  }
  return refs;
}

export interface RefContext {
  /** Key prefix of the scope ('' for the main text, 'kt.' inside an attached instrument). */
  prefix: string;
  /** Number of the article / clause the reference sits in, for "Điều này" and bare "khoản 2". */
  article: string | null;
  clause: string | null;
}

/** Path keys a reference points to; bare clauses and points are read inside the context. */
export function refPathKeys(ref: ProvisionRef, context: RefContext, inheritContext: boolean): string[] {
  let articles = ref.articleSelf ? [context.article] : ref.articles;
  let clauses: Array<string | null> = ref.clauseSelf ? [context.clause] : ref.clauses;
  if (articles.length === 0 && inheritContext) articles = [context.article];
  if (clauses.length === 0 && ref.points.length > 0 && ref.articles.length === 0 && !ref.articleSelf && inheritContext) {
    clauses = [context.clause];
  }
  // "điểm a khoản 1 và khoản 2 Điều 3": the points belong to the first clause only, the clauses
  // to the first article only; the other clauses and articles are cited whole.
  const keys: string[] = [];
  const add = (article: string | null, clause: string | null, point: string | null) => {
    const segments: string[] = [];
    if (article) segments.push(`d${article}`);
    if (clause) segments.push(`k${clause}`);
    if (point) segments.push(point);
    if (segments.length > 0) keys.push(`${article ? context.prefix : ''}${segments.join('.')}`);
  };
  const firstArticle = articles[0] ?? null;
  const firstClause = clauses[0] ?? null;
  if (ref.points.length > 0) for (const point of ref.points) add(firstArticle, firstClause, point);
  else if (clauses.length > 0) add(firstArticle, firstClause, null);
  for (const clause of clauses.slice(1)) add(firstArticle, clause, null);
  if (clauses.length === 0 && ref.points.length === 0) add(firstArticle, null, null);
  for (const article of articles.slice(1)) add(article, null, null);
  return keys;
}
