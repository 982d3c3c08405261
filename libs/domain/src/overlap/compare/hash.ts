// Bound once: a global looked up inside a hot loop is slow in sandboxed runtimes (Jest's VM
// context makes each `Math.imul` call ~40× slower).
const { imul } = Math;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a hash of a string. */
export function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** 32-bit FNV-1a hash of a sequence of hashes, `values[at]` to `values[at + length - 1]`. */
export function hashSequence<T>(items: readonly T[], at: number, length: number, hashOf: (item: T) => number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < length; k++) h = imul(h ^ hashOf(items[at + k]), FNV_PRIME);
  return h >>> 0;
}
