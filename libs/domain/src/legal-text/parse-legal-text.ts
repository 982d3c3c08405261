import { extractAmendments } from './amendments';
import { extractCitations } from './citations';
import { findDocumentMentions, toDocumentRef } from './document-refs';
import { extractLegalBasis } from './legal-basis';
import { extractMetadata } from './metadata';
import { flattenProvisions, toProvisions } from './provisions';
import { prepareText } from './source-lines';
import { structureWarnings } from './structure-warnings';
import { buildTree } from './tree-builder';
import type { ParsedLegalText, ProvenanceNote } from './types';

/**
 * Parses the plain text of a Vietnamese legal document (from PDF, DOCX or HTML extraction, line
 * breaks kept) into its provision tree, metadata, legal basis, citations, amending instructions,
 * consolidated-text footnotes and structural warnings. Linear in the length of the text; never
 * throws on malformed input.
 */
export function parseLegalText(input: string): ParsedLegalText {
  const prepared = prepareText(input);
  const tree = buildTree(prepared.lines, { footnotes: prepared.gazetteFootnotes, consolidated: prepared.consolidated });
  const provisions = toProvisions(tree.roots);
  const metadata = extractMetadata({
    preamble: tree.preamble,
    signature: tree.signature,
    lines: prepared.lines,
    consolidated: prepared.consolidated,
  });
  const titleMention = metadata.title === null ? undefined : findDocumentMentions(metadata.title).find((mention) => !mention.self);
  const { amendments, contexts } = extractAmendments(
    provisions,
    tree.segments,
    titleMention ? toDocumentRef(titleMention) : null,
    prepared.gazetteFootnotes,
  );
  const citations = extractCitations({
    provisions,
    amendingContexts: contexts,
    instructions: new Set(amendments.map((amendment) => amendment.sourcePathKey)),
  });
  return {
    metadata,
    provisions,
    legalBasis: extractLegalBasis(tree.preamble),
    citations,
    amendments,
    notes: linkNotes(prepared.notes, provisions),
    warnings: [...tree.warnings, ...structureWarnings(provisions)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

/** Gives each footnote the provision its marker appears in. */
function linkNotes(notes: ProvenanceNote[], provisions: ParsedLegalText['provisions']): ProvenanceNote[] {
  if (notes.length === 0) return notes;
  const owner = new Map<string, string>();
  for (const node of flattenProvisions(provisions)) {
    for (const marker of node.noteRefs) if (!owner.has(marker)) owner.set(marker, node.pathKey);
  }
  return notes.map((note) => ({ ...note, pathKey: owner.get(note.marker) ?? null }));
}
