/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 11;
export const TRACKING_CODE_RANDOM_BYTES = RANDOM_CHARS;

/**
 * A petition's tracking code (mã số phản ánh, kiến nghị) from random bytes: 11 random characters
 * (55 bits) and a check character, as `XXXX-XXXX-XXXX`. The check catches one mistyped character
 * and two swapped neighbours before a lookup is spent on them.
 */
export function trackingCodeFrom(random: Uint8Array): string {
  if (random.length < RANDOM_CHARS) throw new RangeError(`a tracking code needs ${RANDOM_CHARS} random bytes`);
  const body = [...random.subarray(0, RANDOM_CHARS)].map((byte) => ALPHABET[byte % 32]).join('');
  return format(body + checkCharacter(body));
}

/** The canonical code for what a petitioner typed (case, spaces, hyphens, O/0 and I/L/1 forgiven), or null. */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== RANDOM_CHARS + 1 || [...compact].some((char) => !ALPHABET.includes(char))) return null;
  const body = compact.slice(0, RANDOM_CHARS);
  return compact.endsWith(checkCharacter(body)) ? format(compact) : null;
}

/** Weighted sum modulo the prime 31: a single substitution or an adjacent swap changes it. */
function checkCharacter(body: string): string {
  const sum = [...body].reduce((total, char, index) => total + ALPHABET.indexOf(char) * (index + 1), 0);
  return ALPHABET[sum % 31];
}

function format(code: string): string {
  return code.match(/.{4}/g)!.join('-');
}
