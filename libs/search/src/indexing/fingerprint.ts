import { createHash } from 'node:crypto';

/**
 * A short hash of everything an index document stores except the hash itself. The mappers put it
 * on every document; the drift check compares it with the same hash computed from the database
 * rows, so any change that would alter the stored document (a field, or this library's mapping)
 * shows up as stale. 128 bits of SHA-256: collisions are not a practical concern.
 */
export function fingerprintOf(body: object): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
}
