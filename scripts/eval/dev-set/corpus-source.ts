import fs from 'node:fs';
import { flattenProvisions, parseLegalText, type ParsedLegalText, type ParsedProvision } from '@legis/domain';
import { extractText } from '@legis/extract';
import { sharedPath } from '../../../test/fixtures/shared-material';
import { corpusDocuments, type CorpusDocument } from '../../../test/support/corpus';

export type { CorpusDocument };

/** A line of links_in_corpus.jsonl. */
export interface CorpusLink {
  from_id: string;
  from_number: string;
  relation: 'amends_repeals_or_replaces' | 'consolidates';
  to_id: string;
  to_number: string;
}

export function corpusLinks(): CorpusLink[] {
  return fs
    .readFileSync(sharedPath('corpus', 'documents', 'links_in_corpus.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusLink);
}

/** A corpus document as intake stores it: the parse of its normalised text. */
export interface StoredDocument {
  source: CorpusDocument;
  parsed: ParsedLegalText;
  provisions: ParsedProvision[];
  byPath: Map<string, ParsedProvision>;
}

/**
 * Runs a corpus text through the same steps as intake of a text upload (extraction, which
 * normalises lines and drops gazette running heads, then the parser), so that the path keys of the
 * set are the path keys the loaded documents get.
 */
export async function storedDocument(source: CorpusDocument): Promise<StoredDocument> {
  const { text } = await extractText({ bytes: Buffer.from(source.text, 'utf8'), mimeType: 'text/plain; charset=utf-8' });
  const parsed = parseLegalText(text);
  const provisions = flattenProvisions(parsed.provisions);
  return { source, parsed, provisions, byPath: new Map(provisions.map((p) => [p.pathKey, p])) };
}

export class Corpus {
  readonly documents = corpusDocuments();
  readonly links = corpusLinks();
  private readonly stored = new Map<string, Promise<StoredDocument>>();

  /** The one document with this number (and issuer, when numbers repeat across issuers). */
  byNumber(number: string, issuer?: string): CorpusDocument {
    const matches = this.documents.filter((d) => d.number === number && (issuer === undefined || d.issuer === issuer));
    if (matches.length !== 1) throw new Error(`expected one corpus document ${number}${issuer ? ` of ${issuer}` : ''}, found ${matches.length}`);
    return matches[0];
  }

  store(document: CorpusDocument): Promise<StoredDocument> {
    let stored = this.stored.get(document.id);
    if (!stored) this.stored.set(document.id, (stored = storedDocument(document)));
    return stored;
  }
}
