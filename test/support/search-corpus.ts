import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { DocumentIndexInput, ProvisionIndexInput } from '@legis/search';
import { sharedPath } from '../fixtures/shared-material';

/** A line of the shared corpus (documents.jsonl). */
export interface SearchCorpusDocument {
  id: string;
  number: string;
  type: string;
  issuer: string;
  issued_date: string | null;
  title: string;
  text: string;
  level: 'provincial' | 'central';
}

/** One document of the corpus as the caller of @legis/search would build it from database rows. */
export interface IndexableDocument {
  document: DocumentIndexInput;
  provisions: ProvisionIndexInput[];
}

let cache: SearchCorpusDocument[] | undefined;

export function searchCorpus(): SearchCorpusDocument[] {
  cache ??= fs
    .readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as SearchCorpusDocument);
  return cache;
}

const ARTICLE = /^Điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$/gmu;

/** The articles (Điều) of a text: a heading line "Điều 5. Title" and the lines up to the next one. */
export function splitArticles(text: string): { number: string; heading: string; text: string }[] {
  const starts = [...text.matchAll(ARTICLE)];
  return starts.map((match, k) => {
    const bodyStart = match.index + match[0].length;
    const bodyEnd = starts[k + 1]?.index ?? text.length;
    return { number: match[1], heading: match[2].trim(), text: text.slice(bodyStart, bodyEnd).trim() };
  });
}

/**
 * A corpus document as index inputs: fresh UUIDs (so test files never collide), one provision per
 * article, an issued document in force from its issue date unless `overrides` says otherwise.
 */
export function indexableDocument(source: SearchCorpusDocument, overrides: Partial<DocumentIndexInput> = {}, versionId = randomUUID()): IndexableDocument {
  const document: DocumentIndexInput = {
    id: randomUUID(),
    kind: 'issued',
    docType: source.type,
    number: source.number,
    title: source.title,
    issuerId: source.issuer,
    issuerName: source.issuer,
    draftingAgencyId: null,
    field: null,
    validityStatus: 'IN_FORCE',
    issuedDate: source.issued_date,
    effectiveDate: source.issued_date,
    expiryDate: null,
    authorityRank: source.level === 'provincial' ? 11 : 5,
    text: source.text,
    ...overrides,
  };
  const { text: _fullText, ...withoutText } = document;
  const provisions = splitArticles(source.text)
    .filter((article) => article.text.length > 0)
    .map((article, ord): ProvisionIndexInput => ({
      id: randomUUID(),
      documentId: document.id,
      versionId,
      level: 'dieu',
      number: article.number,
      pathKey: `dieu:${article.number}`,
      citationKey: `${document.number ?? document.id}#d${article.number}`,
      heading: article.heading,
      text: article.text,
      ord,
      validityStatus: null,
      validFrom: null,
      validUntil: null,
      document: withoutText,
    }));
  return { document, provisions };
}

/** The first `count` corpus documents with at least one article, in file order (deterministic). */
export function corpusSample(count: number, filter: (d: SearchCorpusDocument) => boolean = () => true): SearchCorpusDocument[] {
  return searchCorpus()
    .filter((d) => filter(d) && splitArticles(d.text).length > 0)
    .slice(0, count);
}

/** Folds Vietnamese diacritics the way Meilisearch does ("Đất" → "dat"), to compute expectations. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
