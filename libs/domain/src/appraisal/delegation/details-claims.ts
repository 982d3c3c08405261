import { flattenProvisions, type Citation, type DocType, type ParsedLegalText, type ParsedProvision } from '../../legal-text';
import { normalizeForm } from '../../overlap/text/spelling';

/** A provision of another document that the draft says it details (a DETAILS relation). */
export interface DetailsClaim {
  /** Stable key of the claim, used in finding ids: "d1.k1>Luật Thủ đô#d35.k3". */
  key: string;
  /** Where the draft says so ("d1.k1"). */
  sourcePathKey: string;
  document: { number: string | null; docType: DocType | null; name: string | null };
  /** The cited provision in that document ("d35.k3"). */
  targetPathKey: string;
  /** The citation as written ("khoản 3 Điều 35 của Luật Thủ đô"). */
  raw: string;
}

/** Words saying that what follows is detailed here. */
const DETAIL_CUE = /quy\s+định\s+chi\s+tiết|chi\s+tiết\s+thi\s+hành|hướng\s+dẫn\s+chi\s+tiết|giao\s+quy\s+định/u;
/** "Nghị quyết này quy định …" in the scope article: what it regulates, often "… tại khoản 8 Điều 27 …". */
const SCOPE_STATEMENT = /(?:nghị\s+quyết|quyết\s+định|quy\s+định|quy\s+chế)\s+này\s+quy\s+định/u;
const SCOPE_HEADING = /phạm\s+vi\s+điều\s+chỉnh/u;
const SENTENCE_END = /[.;](?=\s|$)/gu;

/**
 * The provisions of other documents the draft claims to detail: external provision citations in the
 * sentence of a "quy định chi tiết …" (anywhere), or of the scope statement ("Nghị quyết này quy
 * định … tại khoản 3 Điều 12 của Luật …") in the "Phạm vi điều chỉnh" article. The caller resolves
 * each claim's target article and passes it back to `buildAppraisalPrecheck`.
 */
export function findDetailsClaims(parsed: Pick<ParsedLegalText, 'provisions' | 'citations'>): DetailsClaim[] {
  const nodes = flattenProvisions(parsed.provisions);
  const byKey = new Map(nodes.map((node) => [node.pathKey, node]));
  const scopeRoots = nodes.filter((node) => node.level === 'article' && SCOPE_HEADING.test(normalizeForm(node.heading ?? ''))).map((node) => node.pathKey);
  const inScope = (pathKey: string) => scopeRoots.some((root) => pathKey === root || pathKey.startsWith(`${root}.`));
  const claims = new Map<string, DetailsClaim>();
  for (const citation of parsed.citations) {
    if (citation.targetDocument === 'self' || citation.targetPathKey === null) continue;
    const node = byKey.get(citation.sourcePathKey);
    if (!node) continue;
    const sentence = normalizeForm(sentenceBefore(node, citation));
    if (!DETAIL_CUE.test(sentence) && !(inScope(node.pathKey) && SCOPE_STATEMENT.test(sentence))) continue;
    const document = citation.targetDocument;
    const key = `${citation.sourcePathKey}>${document.number ?? document.name ?? document.docType ?? '?'}#${citation.targetPathKey}`;
    if (!claims.has(key)) {
      claims.set(key, { key, sourcePathKey: citation.sourcePathKey, document: { ...document }, targetPathKey: citation.targetPathKey, raw: citation.raw });
    }
  }
  return [...claims.values()];
}

/** The text of the citation's sentence up to the citation (the whole text when it cannot be found). */
function sentenceBefore(node: ParsedProvision, citation: Citation): string {
  const text = node.text;
  const at = text.indexOf(citation.raw);
  if (at < 0) return text;
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let end: RegExpExecArray | null;
  while ((end = SENTENCE_END.exec(text)) !== null && end.index < at) start = end.index + 1;
  return text.slice(start, at);
}
