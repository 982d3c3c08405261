import { normalizeDocumentNumber } from '../legal-text/document-number';
import { docTypeInfo, type DocType } from '../legal-text/doc-types';
import type { Amendment, AmendmentAction, DocumentRef, ParsedLegalText } from '../legal-text/types';
import type { RelationType } from './document-vocabulary';
import { nameKey } from './name-key';

/** A relation read from a document's text, before its target is looked up. */
export interface RelationCandidate {
  type: RelationType;
  sourcePathKey: string | null;
  targetRef: { docType: DocType | null; number: string | null; name: string | null; date: string | null };
  targetPathKey: string | null;
  /** Normalised number, to find the target by number. */
  targetNumberKey: string | null;
  /** Name key of "<type name> <name>", to find a target cited by name ("Luật Đất đai"). */
  targetTitleKey: string | null;
  detail: Record<string, unknown> | null;
  raw: string;
}

const ACTION_RELATION: Record<AmendmentAction, RelationType> = {
  amend: 'AMENDS',
  insert: 'AMENDS',
  replace_words: 'AMENDS',
  repeal: 'REPEALS',
  replace: 'REPLACES',
  suspend: 'SUSPENDS',
};

/** Words in Điều 1 or the title that mark a document as detailing (quy định chi tiết) the one it cites. */
const DETAILS_MARKER = /quy định chi tiết|hướng dẫn chi tiết/iu;

/** The key under which a document is found when others cite it by type and name. */
export function documentTitleKey(docType: DocType | null, title: string | null): string | null {
  if (!title) return null;
  const typeName = docType ? docTypeInfo(docType).name : '';
  const bare = typeName && nameKey(title).startsWith(nameKey(typeName)) ? title : `${typeName} ${title}`;
  return nameKey(bare) || null;
}

function target(ref: DocumentRef): Pick<RelationCandidate, 'targetRef' | 'targetNumberKey' | 'targetTitleKey'> {
  return {
    targetRef: { docType: ref.docType, number: ref.number, name: ref.name, date: ref.date },
    targetNumberKey: ref.number ? normalizeDocumentNumber(ref.number) : null,
    targetTitleKey: ref.name ? documentTitleKey(ref.docType, ref.name) : null,
  };
}

function amendmentCandidates(amendment: Amendment): RelationCandidate[] {
  if (!amendment.targetDocument) return [];
  const paths = amendment.targetPathKeys.length > 0 ? amendment.targetPathKeys : [null];
  return paths.map((targetPathKey) => ({
    type: ACTION_RELATION[amendment.action],
    sourcePathKey: amendment.sourcePathKey,
    ...target(amendment.targetDocument!),
    targetPathKey,
    detail: { action: amendment.action, insertAfter: amendment.insertAfter, patch: amendment.patch, words: amendment.words },
    raw: amendment.raw,
  }));
}

/**
 * Every relation a parsed text states: BASED_ON from the "Căn cứ" lines, AMENDS / REPEALS /
 * REPLACES / SUSPENDS from amending instructions, DETAILS when the document says it details a
 * provision it cites, and CITES for the other references to external documents. References to
 * the document itself are not relations.
 */
export function relationCandidates(parsed: ParsedLegalText): RelationCandidate[] {
  const candidates: RelationCandidate[] = [];
  for (const basis of parsed.legalBasis) {
    candidates.push({
      type: 'BASED_ON',
      sourcePathKey: null,
      ...target({ docType: basis.docType, number: basis.number, name: basis.title, date: basis.date }),
      targetPathKey: null,
      detail: basis.provision ? { provision: basis.provision } : null,
      raw: basis.raw,
    });
  }
  for (const amendment of parsed.amendments) candidates.push(...amendmentCandidates(amendment));
  const titleDetails = DETAILS_MARKER.test(parsed.metadata.title ?? '');
  for (const citation of parsed.citations) {
    if (citation.targetDocument === 'self') continue;
    const detailing = citation.sourcePathKey.split('.')[0] === 'd1' && (titleDetails || DETAILS_MARKER.test(citation.raw));
    candidates.push({
      type: detailing && citation.targetPathKey ? 'DETAILS' : 'CITES',
      sourcePathKey: citation.sourcePathKey,
      ...target({ ...citation.targetDocument, date: null }),
      targetPathKey: citation.targetPathKey,
      detail: null,
      raw: citation.raw,
    });
  }
  return candidates;
}
