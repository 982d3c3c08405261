import fs from 'node:fs';
import { sharedPath } from '../fixtures/shared-material';

/** A document of the shared corpus (documents.jsonl). */
export interface CorpusDocument {
  id: string;
  number: string;
  type: string;
  issuer: string;
  issued_date: string | null;
  title: string;
  text: string;
  level: 'provincial' | 'central';
  text_origin: string;
}

let cache: CorpusDocument[] | undefined;

export function corpusDocuments(): CorpusDocument[] {
  cache ??= fs
    .readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusDocument);
  return cache;
}

export function corpusDocument(id: string): CorpusDocument {
  const document = corpusDocuments().find((d) => d.id === id);
  if (!document) throw new Error(`No corpus document ${id}`);
  return document;
}

export function corpusPdf(name: string): Buffer {
  return fs.readFileSync(sharedPath('corpus', 'pdf', name));
}
