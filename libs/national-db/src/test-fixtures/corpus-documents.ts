import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { docTypeFromName, parseLegalText, type Amendment } from '@legis/domain';
import { sharedPath } from '../../../../test/fixtures/shared-material';
import type { PublicationDocument, PublicationRelation } from '../publication-document';

/** One line of the shared corpus (corpus/README.md describes the fields). */
export interface CorpusEntry {
  id: string;
  number: string;
  type: string;
  issuer: string;
  issued_date: string | null;
  title: string;
  text: string;
  level: 'provincial' | 'central';
}

let entries: CorpusEntry[] | undefined;

/** Every document of the shared corpus of real Vietnamese legal texts. */
export function corpusEntries(): CorpusEntry[] {
  entries ??= readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusEntry);
  return entries;
}

export function corpusEntry(id: string): CorpusEntry {
  const entry = corpusEntries().find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No corpus document ${id}`);
  return entry;
}

const AMENDMENT_RELATION: Readonly<Record<Amendment['action'], string>> = {
  amend: 'AMENDS',
  insert: 'AMENDS',
  replace: 'AMENDS',
  replace_words: 'AMENDS',
  repeal: 'REPEALS',
  suspend: 'SUSPENDS',
};

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A publication document made from a real text the way the application makes one: the text is
 * parsed with `parseLegalText` of `@legis/domain`, the legal basis and the amending instructions
 * become relations. The corpus has no effective date, so it is the issue date plus 10 days
 * (REFERENCE §4.6). Without a real original, the text itself stands in as a text/plain file.
 */
export function corpusDocument(entry: CorpusEntry, original?: { fileName: string; bytes: Buffer }): PublicationDocument {
  const parsed = parseLegalText(entry.text);
  const issuedDate = entry.issued_date ?? parsed.metadata.issuedDate ?? '2025-01-01';
  const relations: PublicationRelation[] = [
    ...parsed.legalBasis.map((basis) => ({ type: 'BASED_ON', targetNumber: basis.number, targetTitle: basis.title, targetPathKey: null })),
    ...parsed.amendments
      .filter((amendment) => amendment.targetDocument?.number)
      .map((amendment) => ({
        type: AMENDMENT_RELATION[amendment.action],
        targetNumber: amendment.targetDocument?.number ?? null,
        targetTitle: amendment.targetDocument?.name ?? null,
        targetPathKey: amendment.targetPathKeys[0] ?? null,
      })),
  ].filter((relation) => relation.targetNumber !== null || relation.targetTitle !== null);
  const file = original ?? { fileName: `${entry.id}.txt`, bytes: Buffer.from(entry.text, 'utf8') };
  return {
    id: entry.id,
    number: entry.number,
    docType: docTypeFromName(entry.type) ?? 'DECISION',
    docTypeName: entry.type,
    issuer: { id: createHash('sha256').update(entry.issuer).digest('hex').slice(0, 32), name: entry.issuer },
    signer: {
      name: parsed.metadata.signer?.name ?? 'Không rõ người ký',
      title: parsed.metadata.signer?.title ?? null,
      capacity: parsed.metadata.signer?.capacity ?? null,
    },
    issuedDate,
    effectiveDate: addDays(issuedDate, 10),
    expiryDate: null,
    expiryReason: null,
    title: parsed.metadata.title ?? entry.title,
    field: null,
    sector: null,
    territorialScope: entry.level === 'central' ? 'Toàn quốc' : entry.issuer.replace(/^(?:Ủy ban nhân dân|Hội đồng nhân dân)\s+/u, ''),
    validityStatus: 'IN_FORCE',
    gazette: null,
    applicationNotes: null,
    provisions: parsed.provisions,
    relations,
    fullText: entry.text,
    originalFile: {
      fileName: file.fileName,
      mimeType: original ? 'application/pdf' : 'text/plain',
      bytes: file.bytes,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
    },
  };
}
