import fs from 'node:fs';

/** The classes a pair can be labelled with: the overlap classes of the API, and `none` for negatives. */
export const EVAL_CLASSES = ['duplicate', 'overlap', 'conflict', 'related', 'none'] as const;
export type EvalClass = (typeof EVAL_CLASSES)[number];

/** Metadata sent with a document (the subset of POST /documents metadata the evaluation uses). */
export interface DocumentMetadata {
  kind: 'issued';
  number?: string;
  issuerName?: string;
  issuedDate?: string;
  effectiveDate?: string;
  title?: string;
}

/** A document to load before querying; pairs name it by `key`. */
export interface DocumentLine {
  type: 'document';
  key: string;
  text: string;
  metadata: DocumentMetadata;
}

/** Where the provision a query should find lives: a loaded document (by key) or any document with that number. */
export type ExpectedProvision = ({ documentKey: string } | { documentNumber: string }) & { pathKey: string };

/** A query and the provision in force it should (or, for `none`, should not) find. */
export interface PairLine {
  type: 'pair';
  query: string;
  /** Absent for `none`: nothing should be found. */
  expected?: ExpectedProvision;
  class: EvalClass;
  group: string;
  asOf?: string;
  /** Free-form provenance (source document and path), kept in reports. */
  source?: string;
}

export type EvalLine = DocumentLine | PairLine;

export interface EvalInput {
  documents: DocumentLine[];
  pairs: PairLine[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and checks a JSON Lines evaluation file; throws with the line number of the first bad line. */
export function readEvalInput(file: string): EvalInput {
  const documents: DocumentLine[] = [];
  const pairs: PairLine[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      const problem = (message: string) => new Error(`${file}:${index + 1}: ${message}`);
      let line: EvalLine;
      try {
        line = JSON.parse(raw) as EvalLine;
      } catch {
        throw problem('not valid JSON');
      }
      if (line.type === 'document') {
        if (!line.key || typeof line.text !== 'string' || line.metadata?.kind !== 'issued') throw problem('a document needs key, text and metadata.kind "issued"');
        documents.push(line);
      } else if (line.type === 'pair') {
        if (typeof line.query !== 'string' || line.query.length < 10) throw problem('a pair needs a query of at least 10 characters');
        if (!EVAL_CLASSES.includes(line.class)) throw problem(`class must be one of ${EVAL_CLASSES.join(', ')}`);
        if (line.class !== 'none' && !line.expected?.pathKey) throw problem('a pair other than "none" needs expected.pathKey');
        if (line.asOf !== undefined && !ISO_DATE.test(line.asOf)) throw problem('asOf must be YYYY-MM-DD');
        if (!line.group) throw problem('a pair needs a group');
        pairs.push(line);
      } else {
        throw problem('type must be "document" or "pair"');
      }
    });
  const keys = new Set(documents.map((d) => d.key));
  if (keys.size !== documents.length) throw new Error(`${file}: document keys must be unique`);
  const unknown = pairs.find((p) => p.expected && 'documentKey' in p.expected && !keys.has(p.expected.documentKey));
  if (unknown?.expected && 'documentKey' in unknown.expected) throw new Error(`${file}: pair expects unknown document key ${unknown.expected.documentKey}`);
  return { documents, pairs };
}

/** One JSON line per entry, for writing an evaluation file. */
export function toJsonLines(lines: readonly EvalLine[]): string {
  return `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
}
