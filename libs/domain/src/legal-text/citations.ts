import { findDocumentMentions, type DocumentMention } from './document-refs';
import { findProvisionRefs, refPathKeys } from './provision-refs';
import { splitQuoted } from './quoted-text';
import type { Citation, CitationTarget, DocumentRef, ParsedProvision } from './types';

export interface CitationInput {
  provisions: readonly ParsedProvision[];
  /** Provisions inside amending articles and the document they change (from the amendments). */
  amendingContexts: ReadonlyMap<string, DocumentRef>;
  /** Provisions that are amending instructions: their references are targets, not citations. */
  instructions: ReadonlySet<string>;
}

/** Between a provision reference and the document it belongs to. */
const DOCUMENT_GAP = /^[\s,]*(?:(?:của|tại|thuộc|theo)\s+)?$/u;
const ISSUING_ACT = /^(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Thông tư liên tịch|Chỉ thị)$/u;

interface Position {
  /** Key prefix of the scope ('kt.' in an attached instrument); "Quyết định này" leaves it. */
  prefix: string;
  article: string | null;
  clause: string | null;
}

/**
 * In-text references (CITES): "điểm a khoản 2 Điều 5 của Nghị định số 78/2025/NĐ-CP",
 * "khoản 3 Điều 12 Luật Đất đai", "Điều 4 Quyết định này", "khoản 1 Điều này". References to
 * this document are 'self' and resolved against the provision they sit in; quoted text is skipped.
 */
export function extractCitations(input: CitationInput): Citation[] {
  const citations: Citation[] = [];
  const visit = (node: ParsedProvision, position: Position) => {
    const here: Position = {
      prefix: position.prefix,
      article: node.level === 'article' ? node.number : position.article,
      clause: node.level === 'clause' ? node.number : node.level === 'article' ? null : position.clause,
    };
    if (!input.instructions.has(node.pathKey)) {
      citations.push(...citationsIn(node, here, input.amendingContexts.get(node.pathKey) ?? null));
    }
    for (const child of node.children) visit(child, here);
  };
  for (const root of input.provisions) {
    const prefix = root.level === 'annex' ? `${root.pathKey}.` : '';
    visit(root, { prefix, article: null, clause: null });
  }
  return citations;
}

function citationsIn(node: ParsedProvision, position: Position, amended: DocumentRef | null): Citation[] {
  const text = `${node.heading ?? ''}\n${splitQuoted(node.text).unquoted}`;
  const mentions = findDocumentMentions(text);
  const used = new Set<DocumentMention>();
  const citations: Citation[] = [];
  let cursor = 0;
  for (const ref of findProvisionRefs(text)) {
    while (cursor < mentions.length && mentions[cursor].start < ref.end) cursor++;
    const next = mentions[cursor];
    const mention = next && DOCUMENT_GAP.test(text.slice(ref.end, next.start)) ? next : undefined;
    if (mention) used.add(mention);
    const target: CitationTarget = mention ? targetOf(mention) : amended ? external(amended) : 'self';
    const prefix = mention?.self && !mention.instrument && ISSUING_ACT.test(typeName(mention, text)) ? '' : position.prefix;
    const inScope = target === 'self' ? { ...position, prefix } : { prefix: '', article: null, clause: null };
    const raw = text.slice(ref.start, mention ? mention.end : ref.end);
    for (const pathKey of refPathKeys(ref, inScope, target === 'self')) {
      // A bare "điểm b" in an annex table, with no article around it, points nowhere we know.
      if (target === 'self' && !/(?:^|\.)d\d/u.test(pathKey)) continue;
      citations.push({ sourcePathKey: node.pathKey, targetDocument: target, targetPathKey: pathKey, raw, line: node.startLine });
    }
  }
  for (const mention of mentions) {
    if (mention.self || used.has(mention)) continue;
    citations.push({
      sourcePathKey: node.pathKey,
      targetDocument: targetOf(mention),
      targetPathKey: null,
      raw: text.slice(mention.start, mention.end),
      line: node.startLine,
    });
  }
  return citations;
}

function typeName(mention: DocumentMention, text: string): string {
  return text.slice(mention.start, mention.end).replace(/\s+này$/u, '').trim();
}

function targetOf(mention: DocumentMention): CitationTarget {
  if (mention.self) return 'self';
  return { number: mention.number, docType: mention.docType, name: mention.name };
}

function external(doc: DocumentRef): CitationTarget {
  return { number: doc.number, docType: doc.docType, name: doc.name };
}
