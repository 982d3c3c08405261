import { normalizeDocumentNumber } from './document-number';
import { joinLines } from './text-join';
import type { BuildNode } from './tree-builder';
import type { ParsedProvision } from './types';

/** Turns builder nodes into provisions, numbering them in document order. */
export function toProvisions(roots: readonly BuildNode[]): ParsedProvision[] {
  let order = 0;
  const convert = (node: BuildNode): ParsedProvision => {
    const provision: ParsedProvision = {
      level: node.level,
      number: node.number,
      pathKey: node.key,
      heading: node.heading,
      text: joinLines(node.parts.map((part) => part.text)),
      order: order++,
      startLine: node.startLine,
      endLine: node.endLine,
      noteRefs: [...new Set(node.noteRefs)],
      children: [],
    };
    provision.children = node.children.map(convert);
    return provision;
  };
  return roots.map(convert);
}

/** All provisions of a tree in document order. */
export function flattenProvisions(provisions: readonly ParsedProvision[]): ParsedProvision[] {
  const flat: ParsedProvision[] = [];
  const visit = (node: ParsedProvision) => {
    flat.push(node);
    node.children.forEach(visit);
  };
  provisions.forEach(visit);
  return flat;
}

/** `12/2023/QĐ-UBND#d5a.k2.đ`: a provision of a document, as stored and cited. */
export function citationKey(documentNumber: string, pathKey: string): string {
  return `${normalizeDocumentNumber(documentNumber)}#${pathKey}`;
}

/** Path key of an article, clause and point as cited ("điểm a khoản 2 Điều 5" → "d5.k2.a"). */
export function provisionPathKey(parts: { article?: string | null; clause?: string | null; point?: string | null }): string {
  const segments: string[] = [];
  if (parts.article) segments.push(`d${parts.article}`);
  if (parts.clause) segments.push(`k${parts.clause}`);
  if (parts.point) segments.push(parts.point);
  return segments.join('.');
}
