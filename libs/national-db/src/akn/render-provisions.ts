import type { PublicationProvision, PublicationProvisionLevel } from '../publication-document';
import { composeEId, EID_ABBREVIATIONS, eIdNumber, type EIdRegistry } from './eid';
import { el, type XmlElement } from './xml';

type BodyLevel = Exclude<PublicationProvisionLevel, 'annex'>;

/** Phần → part, Chương → chapter, Mục → section, Tiểu mục → subsection, Điều → article, Khoản → paragraph, Điểm → point. */
const ELEMENTS: Readonly<Record<BodyLevel, string>> = {
  part: 'part',
  chapter: 'chapter',
  section: 'section',
  subsection: 'subsection',
  article: 'article',
  clause: 'paragraph',
  point: 'point',
};

/** How the number is written in Vietnamese texts: "Chương II", "Điều 5a.", "2a.", "đ)". */
const NUM_LABELS: Readonly<Record<PublicationProvisionLevel, (number: string) => string>> = {
  part: (n) => `Phần ${n}`,
  chapter: (n) => `Chương ${n}`,
  section: (n) => `Mục ${n}`,
  subsection: (n) => `Tiểu mục ${n}`,
  article: (n) => `Điều ${n}.`,
  clause: (n) => `${n}.`,
  point: (n) => `${n})`,
  annex: (n) => `Phụ lục ${n}`,
};

/**
 * Parts, chapters and articles are numbered across the whole document (REFERENCE §3), so their
 * eIds carry only the document prefix, as in `art_5__para_2`; sections and lower levels restart
 * under each parent and carry the parent's eId (`chp_ii__sec_1`).
 */
const NUMBERED_ACROSS_DOCUMENT = new Set<PublicationProvisionLevel>(['part', 'chapter', 'article']);

/** What one document (the act, or an annex) collects while its provisions are rendered. */
export interface RenderScope {
  registry: EIdRegistry;
  /** eId prefix of the document: null for the act, "att_1" inside the first annex. */
  prefix: string | null;
  /** Phụ lục met anywhere in the tree; the schema keeps them outside the body, as attachments. */
  annexes: PublicationProvision[];
}

export function numLabel(level: PublicationProvisionLevel, number: string): string {
  return NUM_LABELS[level](number);
}

/** One `<p>` per line of a provision's text; extraction has already joined wrapped lines. */
export function paragraphs(text: string): XmlElement[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => el('p', {}, line));
}

/** Renders sibling provisions, setting annexes aside in the scope. */
export function renderProvisions(nodes: readonly PublicationProvision[], parentEId: string | null, scope: RenderScope): XmlElement[] {
  const ordinals = new Map<PublicationProvisionLevel, number>();
  const rendered: XmlElement[] = [];
  for (const node of nodes) {
    if (node.level === 'annex') {
      scope.annexes.push(node);
      continue;
    }
    const ordinal = (ordinals.get(node.level) ?? 0) + 1;
    ordinals.set(node.level, ordinal);
    rendered.push(renderProvision(node, node.level, parentEId, scope, ordinal));
  }
  return rendered;
}

function renderProvision(node: PublicationProvision, level: BodyLevel, parentEId: string | null, scope: RenderScope, ordinal: number): XmlElement {
  const token = node.number === null ? '' : eIdNumber(node.number);
  const prefix = NUMBERED_ACROSS_DOCUMENT.has(level) ? scope.prefix : (parentEId ?? scope.prefix);
  const eId = scope.registry.claim(composeEId(prefix, EID_ABBREVIATIONS[level], token === '' ? String(ordinal) : token));
  const children = renderProvisions(node.children, eId, scope);
  const text = paragraphs(node.text);
  const body =
    children.length > 0
      ? [text.length > 0 ? el('intro', {}, ...text) : null, ...children]
      : [el('content', {}, ...(text.length > 0 ? text : [el('p')]))];
  return el(
    ELEMENTS[level],
    { eId },
    node.number === null ? null : el('num', {}, numLabel(level, node.number)),
    node.heading?.trim() ? el('heading', {}, node.heading.trim()) : null,
    ...body,
  );
}
