import { createHash } from 'node:crypto';

/**
 * The idempotency key of a publication: lowercase hex SHA-256 of `issuerId + "\n" + number`, with
 * the number already normalised as it is sent in the record. Numbers repeat across provinces
 * (REFERENCE §2.2), so the issuer is part of the key; hashing keeps the key ASCII and fixed-length,
 * fit for a URL path segment and an HTTP header, whatever letters the number holds ("Đ").
 */
export function documentKey(issuerId: string, number: string): string {
  return createHash('sha256').update(`${issuerId}\n${number}`, 'utf8').digest('hex');
}
