import { type CompareUnit } from './analyze';
import { hashSequence } from './hash';

/** `length` units that are equal in both texts, from unit `q` of the query and `c` of the candidate. */
export interface SharedRun {
  readonly q: number;
  readonly c: number;
  readonly length: number;
}

/**
 * A shingle occurring more often than this in one candidate is a repeated formula or a table; its
 * further positions add nothing but time.
 */
const MAX_POSITIONS_PER_SHINGLE = 16;

const hashOf = (unit: CompareUnit) => unit.hash;

function shingleHashes(units: readonly CompareUnit[], size: number): Uint32Array {
  const hashes = new Uint32Array(units.length >= size ? units.length - size + 1 : 0);
  for (let at = 0; at < hashes.length; at++) hashes[at] = hashSequence(units, at, size, hashOf);
  return hashes;
}

/**
 * Every maximal run of at least `minLength` equal units: the candidate's shingles go into a
 * chained hash table (typed arrays, no per-entry allocation), each query shingle is looked up and
 * each hit extended forward unless it lies inside a run already found on the same diagonal.
 */
function maximalRuns(q: readonly CompareUnit[], c: readonly CompareUnit[], minLength: number): SharedRun[] {
  const cHashes = shingleHashes(c, minLength);
  const qHashes = shingleHashes(q, minLength);
  let size = 16;
  while (size < cHashes.length * 2) size *= 2;
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(cHashes.length);
  for (let j = cHashes.length - 1; j >= 0; j--) {
    const slot = cHashes[j] & (size - 1);
    next[j] = heads[slot];
    heads[slot] = j;
  }
  const runs: SharedRun[] = [];
  // Per diagonal (q − c, shifted to be non-negative), where the last run found on it ends.
  const diagonalEnd = new Int32Array(q.length + c.length + 1);
  for (let i = 0; i < qHashes.length; i++) {
    const h = qHashes[i];
    let seen = 0;
    for (let j = heads[h & (size - 1)]; j >= 0 && seen < MAX_POSITIONS_PER_SHINGLE; j = next[j]) {
      if (cHashes[j] !== h) continue;
      seen++;
      const diagonal = i - j + c.length;
      if (diagonalEnd[diagonal] > i) continue;
      let length = 0;
      while (i + length < q.length && j + length < c.length && q[i + length].key === c[j + length].key) length++;
      if (length < minLength) continue; // hash collision
      runs.push({ q: i, c: j, length });
      diagonalEnd[diagonal] = i + length;
    }
  }
  return runs;
}

/**
 * The maximal common syllable runs of two texts, each unit used at most once on either side.
 * Longest runs are taken first (the greedy step of Greedy String Tiling, as in plagiarism
 * detectors), so a phrase repeated in one text is not counted twice. Result in query order.
 */
export function findSharedRuns(q: readonly CompareUnit[], c: readonly CompareUnit[], minLength: number): SharedRun[] {
  const runs = maximalRuns(q, c, minLength).sort((a, b) => b.length - a.length || a.q - b.q || a.c - b.c);
  const qUsed = new Uint8Array(q.length);
  const cUsed = new Uint8Array(c.length);
  const tiles: SharedRun[] = [];
  for (const run of runs) {
    let k = 0;
    while (k < run.length) {
      while (k < run.length && (qUsed[run.q + k] || cUsed[run.c + k])) k++;
      const from = k;
      while (k < run.length && !qUsed[run.q + k] && !cUsed[run.c + k]) k++;
      if (k - from < minLength) continue;
      for (let m = from; m < k; m++) {
        qUsed[run.q + m] = 1;
        cUsed[run.c + m] = 1;
      }
      tiles.push({ q: run.q + from, c: run.c + from, length: k - from });
    }
  }
  return tiles.sort((a, b) => a.q - b.q || a.c - b.c);
}
