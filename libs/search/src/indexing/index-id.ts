const SAFE_ID = /^[A-Za-z0-9_-]{1,511}$/;
const ENCODED_PREFIX = 'b64-';

/**
 * The Meilisearch primary key for a source id. Meilisearch accepts only `[A-Za-z0-9_-]` (at most
 * 511 bytes); our UUIDs already qualify and are kept as they are, so the index stays readable.
 * Anything else is base64url-encoded behind a prefix that no kept id can start with, which keeps
 * the mapping one-to-one (replacing bad characters with "_" would merge "a.b" and "a_b").
 */
export function toIndexId(sourceId: string): string {
  if (SAFE_ID.test(sourceId) && !sourceId.startsWith(ENCODED_PREFIX)) return sourceId;
  return ENCODED_PREFIX + Buffer.from(sourceId, 'utf8').toString('base64url');
}
