import { parseDocumentNumber } from '@legis/domain';
import type { BenchDocument, BenchProvision } from './search-model';
import { EDIT_KINDS, perturb, relocate, type EditKind } from './search-perturb';
import type { SeededRandom } from './search-random';
import { PROVINCES } from './search-vocabulary';

export interface SyntheticReport {
  method: string;
  documents: number;
  provisions: number;
  fromProvincialDocuments: number;
  fromCentralDocuments: number;
  copiesPerCopiedDocument: { mean: number; max: number };
  copiedSourceDocuments: number;
  /** How many synthetic provisions got 0, 1, 2 or 3 edits. */
  editsPerProvision: Record<string, number>;
  editKinds: Record<EditKind, number>;
  reorderedSiblingPairs: number;
}

const METHOD = [
  'Each synthetic document re-issues a real indexed document (seeded weighted draw with replacement: provincial documents weigh 3, central 1, so provincial templates get several copies) under another province (44 provinces, never the source\'s, no province twice per source while unused ones remain).',
  'Document level: new issuer ("Ủy ban nhân dân/Hội đồng nhân dân <province>"; central sources become a provincial Quyết định ...QĐ-UBND), new number (random sequence, the synthetic year), issue date drawn in 2016-01-01..2026-06-30 (all in force), the source province\'s name replaced by the target\'s everywhere in the text, and 30% of clause/point sibling groups get two neighbours\' reading order swapped.',
  'Provision level: 25% verbatim (apart from the province name), 35% one edit, 25% two, 15% three; an edit is one of: change a number, swap a phrase for an interchangeable one from a Vietnamese legal vocabulary (28 pairs, both directions), insert a legal phrase (12), swap two neighbouring list items or comma segments, drop one inner segment.',
  'So every copy is a near-duplicate of a real provision, competing with it for the same queries: the recall task gets harder, not easier (the target still counts as found when a hit\'s text equals it exactly).',
].join(' ');

function localityOf(issuerName: string): { kind: string; name: string } | null {
  const match = /(tỉnh|thành phố)\s+([^;]+)$/u.exec(issuerName);
  return match ? { kind: match[1], name: match[2].trim() } : null;
}

function editCount(random: SeededRandom): number {
  const r = random.next();
  return r < 0.25 ? 0 : r < 0.6 ? 1 : r < 0.85 ? 2 : 3;
}

function newNumber(source: BenchDocument, year: string, random: SeededRandom, provincialSource: boolean): string {
  const seq = random.int(1, 120);
  const parsed = parseDocumentNumber(source.number);
  if (provincialSource && parsed.ok) {
    const suffix = source.number.slice(source.number.lastIndexOf('/') + 1);
    return parsed.value.year !== null ? `${seq}/${year}/${suffix}` : `${random.int(100, 4000)}/${suffix}`;
  }
  return `${seq}/${year}/QĐ-UBND`;
}

/** Swaps the reading order of two neighbouring clauses or points in some sibling groups. */
function reorderSiblings(provisions: BenchProvision[], random: SeededRandom): number {
  const groups = new Map<string, BenchProvision[]>();
  for (const p of provisions) {
    if (p.level !== 'clause' && p.level !== 'point') continue;
    const parent = `${p.level}:${p.pathKey.slice(0, Math.max(0, p.pathKey.lastIndexOf('.')))}`;
    groups.set(parent, [...(groups.get(parent) ?? []), p]);
  }
  let swapped = 0;
  for (const siblings of groups.values()) {
    if (siblings.length < 2 || !random.chance(0.3)) continue;
    const i = random.int(0, siblings.length - 2);
    [siblings[i].ord, siblings[i + 1].ord] = [siblings[i + 1].ord, siblings[i].ord];
    swapped++;
  }
  provisions.sort((a, b) => a.ord - b.ord);
  return swapped;
}

/** Synthetic documents holding exactly `target` provisions, copied from `sources` (see METHOD). */
export function synthesize(sources: readonly BenchDocument[], target: number, random: SeededRandom): { documents: BenchDocument[]; report: SyntheticReport } {
  const weighted = sources.flatMap((d) => (d.issuerLevel === 'provincial' ? [d, d, d] : [d]));
  const usedProvinces = new Map<string, Set<string>>();
  const editsPerProvision: Record<string, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
  const editKinds = Object.fromEntries(EDIT_KINDS.map((k) => [k, 0])) as Record<EditKind, number>;
  const documents: BenchDocument[] = [];
  let provisions = 0;
  let reordered = 0;
  let fromProvincial = 0;
  while (provisions < target && weighted.length > 0) {
    const source = random.pick(weighted);
    const from = localityOf(source.issuerName);
    const used = usedProvinces.get(source.id) ?? new Set<string>(from ? [from.name] : []);
    usedProvinces.set(source.id, used);
    const fresh = PROVINCES.filter((p) => !used.has(p.name));
    const to = random.pick(fresh.length > 0 ? fresh : PROVINCES.filter((p) => p.name !== from?.name));
    used.add(to.name);
    const provincial = from !== null;
    const issuedDate = random.day('2016-01-01', '2026-06-30');
    const number = newNumber(source, issuedDate.slice(0, 4), random, provincial);
    const issuerName = provincial ? relocate(source.issuerName, from, to) : `Ủy ban nhân dân ${to.kind} ${to.name}`;
    const id = random.uuid();
    const copied = source.provisions.slice(0, target - provisions).map((p): BenchProvision => {
      const edits = editCount(random);
      const edited = perturb(relocate(p.text, from, to), edits, random);
      editsPerProvision[edited.applied.length] = (editsPerProvision[edited.applied.length] ?? 0) + 1;
      for (const kind of edited.applied) editKinds[kind]++;
      return { ...p, id: random.uuid(), text: edited.text, origin: 'synthetic', sourceId: p.id };
    });
    reordered += reorderSiblings(copied, random);
    documents.push({
      id,
      versionId: random.uuid(),
      corpusId: source.corpusId,
      origin: 'synthetic',
      docType: provincial ? source.docType : 'DECISION',
      number,
      issuerName,
      issuerLevel: 'provincial',
      issuedDate,
      title: relocate(source.title.replace(source.number, number), from, to),
      text: relocate(source.text.replace(source.number, number), from, to),
      provisions: copied,
    });
    provisions += copied.length;
    if (provincial) fromProvincial++;
  }
  const copiesBySource = new Map<string, number>();
  for (const d of documents) copiesBySource.set(d.corpusId, (copiesBySource.get(d.corpusId) ?? 0) + 1);
  const counts = [...copiesBySource.values()];
  return {
    documents,
    report: {
      method: METHOD,
      documents: documents.length,
      provisions,
      fromProvincialDocuments: fromProvincial,
      fromCentralDocuments: documents.length - fromProvincial,
      copiedSourceDocuments: counts.length,
      copiesPerCopiedDocument: { mean: Math.round((documents.length / Math.max(1, counts.length)) * 100) / 100, max: Math.max(0, ...counts) },
      editsPerProvision,
      editKinds,
      reorderedSiblingPairs: reordered,
    },
  };
}
