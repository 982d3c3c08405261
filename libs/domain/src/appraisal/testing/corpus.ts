import { flattenProvisions, parseLegalText, type ParsedLegalText, type ParsedProvision } from '../../legal-text';

/** One line of the shared corpus (`corpus/documents/documents.jsonl`). */
export interface CorpusDocument {
  id: string;
  number: string;
  type: string;
  title: string;
  issuer: string;
  level: 'provincial' | 'central';
  text: string;
}

/**
 * Real provisions for the specs, looked up by document number and path key. The specs read the
 * file (this module does no I/O) and hand the lines over.
 */
export class CorpusProvisions {
  /** Lines by document number, parsed on first use: most specs need a handful of the 588 documents. */
  private readonly lines = new Map<string, string>();
  private readonly documents = new Map<string, CorpusDocument>();
  private readonly parsed = new Map<string, ParsedLegalText>();

  constructor(jsonLines: string) {
    for (const line of jsonLines.split('\n')) {
      const number = /"number":\s*"([^"]+)"/u.exec(line.slice(0, 400))?.[1];
      if (number !== undefined) this.lines.set(number, line);
    }
  }

  document(number: string): CorpusDocument {
    let document = this.documents.get(number);
    if (document) return document;
    const line = this.lines.get(number);
    if (line === undefined) throw new Error(`${number} is not in the corpus`);
    this.documents.set(number, (document = JSON.parse(line) as CorpusDocument));
    return document;
  }

  parse(number: string): ParsedLegalText {
    let parsed = this.parsed.get(number);
    if (!parsed) this.parsed.set(number, (parsed = parseLegalText(this.document(number).text)));
    return parsed;
  }

  provisions(number: string): ParsedProvision[] {
    return flattenProvisions(this.parse(number).provisions);
  }

  provision(number: string, pathKey: string): ParsedProvision {
    const provision = this.provisions(number).find((node) => node.pathKey === pathKey);
    if (!provision) throw new Error(`${number} has no provision ${pathKey}`);
    return provision;
  }

  all(): CorpusDocument[] {
    return [...this.lines.keys()].map((number) => this.document(number));
  }
}
