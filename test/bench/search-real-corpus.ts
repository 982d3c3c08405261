import { docTypeFromName, flattenProvisions, parseLegalText, tokenize, type IssuerLevel } from '@legis/domain';
import { MIN_UNIT_SYLLABLES } from '@legis/search';
import { corpusDocuments } from '../support/corpus';
import type { BenchDocument, BenchProvision } from './search-model';
import type { SeededRandom } from './search-random';

/** Documents of the corpus without an issue date get this one, so that they are in force. */
export const FALLBACK_ISSUED_DATE = '2020-01-01';

export interface RealCorpus {
  documents: BenchDocument[];
  /** Provision-tree nodes the parser produced, units or not. */
  nodes: number;
}

/**
 * The shared corpus parsed as intake parses it (`parseLegalText`, every node flattened), keeping
 * the nodes `overlapUnits` would check: own text of at least MIN_UNIT_SYLLABLES syllables.
 */
export function parseRealCorpus(random: SeededRandom): RealCorpus {
  let nodes = 0;
  const documents = corpusDocuments().map((source): BenchDocument => {
    const flat = flattenProvisions(parseLegalText(source.text).provisions);
    nodes += flat.length;
    const provisions = flat
      .filter((p) => tokenize(p.text).length >= MIN_UNIT_SYLLABLES)
      .map((p, ord): BenchProvision => ({
        id: random.uuid(),
        level: p.level,
        number: p.number,
        pathKey: p.pathKey,
        heading: p.heading,
        text: p.text,
        ord,
        origin: 'real',
        sourceId: null,
      }));
    return {
      id: random.uuid(),
      versionId: random.uuid(),
      corpusId: source.id,
      origin: 'real',
      docType: docTypeFromName(source.type),
      number: source.number,
      issuerName: source.issuer,
      issuerLevel: source.level satisfies IssuerLevel,
      issuedDate: source.issued_date ?? FALLBACK_ISSUED_DATE,
      title: source.title,
      text: source.text,
      provisions,
    };
  });
  return { documents: documents.filter((d) => d.provisions.length > 0), nodes };
}

export interface CorpusSplit {
  /** Real documents indexed (and copied from). */
  indexed: BenchDocument[];
  /** Real documents never indexed: the drafts' new provisions come from them. */
  heldOut: BenchDocument[];
}

/**
 * Holds out documents of at most 150 provisions (seeded order, any level) until they hold
 * `heldOutUnits` provisions, then keeps real documents until they reach `maxIndexedUnits`.
 */
export function splitCorpus(documents: readonly BenchDocument[], random: SeededRandom, heldOutUnits: number, maxIndexedUnits: number): CorpusSplit {
  const heldOut: BenchDocument[] = [];
  const rest: BenchDocument[] = [];
  let held = 0;
  for (const document of random.shuffle(documents)) {
    // Small and medium documents, so that the drafts mix many sources.
    if (held < heldOutUnits && document.provisions.length <= 150) {
      heldOut.push(document);
      held += document.provisions.length;
    } else {
      rest.push(document);
    }
  }
  const indexed: BenchDocument[] = [];
  let units = 0;
  for (const document of rest) {
    if (units >= maxIndexedUnits) break;
    indexed.push(document);
    units += document.provisions.length;
  }
  return { indexed, heldOut };
}
