import { tokenize } from '@legis/domain';
import type { BenchDocument, BenchProvision } from './search-model';
import type { SeededRandom } from './search-random';

export type PlantedKind = 'new' | 'duplicate' | 'conflict' | 'overlap';

export interface DraftUnit {
  pathKey: string;
  text: string;
  kind: PlantedKind;
  /** The indexed provision a planted unit was made from. */
  source: { documentId: string; pathKey: string; text: string } | null;
}

export interface BenchDraft {
  documentId: string;
  units: DraftUnit[];
}

/** Per 100 units: 20 verbatim copies, 10 with one value changed, 10 half-copies, 60 new. */
const MIX: Record<Exclude<PlantedKind, 'new'>, number> = { duplicate: 0.2, conflict: 0.1, overlap: 0.1 };
const VALUE = /(?<![\p{L}\p{N}/.,])(\d{1,5})(\s*(?:ngày|tháng|năm|giờ|%|người|lần|triệu đồng|nghìn đồng|đồng|ha|m2))(?![\p{L}\p{N}])/u;

interface Sourced {
  document: BenchDocument;
  provision: BenchProvision;
}

/**
 * Drafts built like a province's new text: new provisions from real provincial documents that are
 * not indexed (held out), plus planted duplicates (a real indexed provision verbatim), conflicts
 * (one value in it changed: "30 ngày" → "45 ngày") and overlaps (its first half followed by new
 * text), shuffled.
 */
export function buildDrafts(heldOut: readonly BenchDocument[], indexedReal: readonly BenchDocument[], count: number, size: number, random: SeededRandom): BenchDraft[] {
  const fresh = random.shuffle(heldOut.flatMap((d) => d.provisions));
  const sourced: Sourced[] = indexedReal.flatMap((document) => document.provisions.map((provision) => ({ document, provision })));
  const longEnough = (min: number) => sourced.filter((s) => tokenize(s.provision.text).length >= min);
  const duplicates = longEnough(15);
  const conflicts = duplicates.filter((s) => VALUE.test(s.provision.text));
  const overlaps = longEnough(30);
  let nextFresh = 0;
  const takeFresh = () => fresh[nextFresh++ % fresh.length];
  return Array.from({ length: count }, (): BenchDraft => {
    const planted = (kind: Exclude<PlantedKind, 'new'>) => Math.round(size * MIX[kind]);
    const units: Omit<DraftUnit, 'pathKey'>[] = [];
    const sourceOf = (s: Sourced) => ({ documentId: s.document.id, pathKey: s.provision.pathKey, text: s.provision.text });
    for (let n = 0; n < planted('duplicate'); n++) {
      const s = random.pick(duplicates);
      units.push({ kind: 'duplicate', text: s.provision.text, source: sourceOf(s) });
    }
    for (let n = 0; n < planted('conflict'); n++) {
      const s = random.pick(conflicts);
      const text = s.provision.text.replace(VALUE, (_m, value: string, unit: string) => `${Number(value) + random.int(1, Math.max(2, Math.floor(Number(value) / 2)))}${unit}`);
      units.push({ kind: 'conflict', text, source: sourceOf(s) });
    }
    for (let n = 0; n < planted('overlap'); n++) {
      const s = random.pick(overlaps);
      const tokens = tokenize(s.provision.text);
      const half = s.provision.text.slice(0, tokens[Math.floor(tokens.length / 2)].end);
      units.push({ kind: 'overlap', text: `${half} ${takeFresh().text}`, source: sourceOf(s) });
    }
    while (units.length < size) units.push({ kind: 'new', text: takeFresh().text, source: null });
    return { documentId: random.uuid(), units: random.shuffle(units).map((u, i) => ({ ...u, pathKey: `d${i + 1}` })) };
  });
}
