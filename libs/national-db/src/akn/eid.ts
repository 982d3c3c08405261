import type { PublicationProvisionLevel } from '../publication-document';

/** Element abbreviations of the Akoma Ntoso naming convention for the levels we mark up. */
export const EID_ABBREVIATIONS: Readonly<Record<PublicationProvisionLevel, string>> = {
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  subsection: 'subsec',
  article: 'art',
  clause: 'para',
  point: 'point',
  annex: 'att',
};

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * The number part of an eId: lower case, ASCII, deterministic. Vietnamese letters are spelled the
 * Telex way (đ → dd, ă → aw, â → aa, ê → ee, ô → oo, ơ → ow, ư → uw), so "đ" never collides with
 * "d" the way dropping diacritics would; tone marks are dropped (point and article numbers never
 * carry one). Anything else becomes "-": "I.1" → "i-1", "thứ nhất" → "thuw-nhaat".
 */
export function eIdNumber(number: string): string {
  return number
    .normalize('NFD')
    .toLowerCase()
    .replace(TONE_MARKS, '')
    .replace(/a\u0306/gu, 'aw')
    .replace(/([aeo])\u0302/gu, '$1$1')
    .replace(/([ou])\u031B/gu, '$1w')
    .replace(/đ/gu, 'dd')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** `art_5a__para_2__point_dd`: the parent's eId, "__", the abbreviation, "_", the number. */
export function composeEId(prefix: string | null, abbreviation: string, number: string): string {
  const own = `${abbreviation}_${number}`;
  return prefix === null ? own : `${prefix}__${own}`;
}

/**
 * Hands out eIds unique within one Akoma Ntoso document, as the schema requires. A clash (the same
 * article number twice, which real texts have after a parsing slip or a quoted amendment) gets a
 * deterministic "_2", "_3" suffix instead of producing an invalid file.
 */
export class EIdRegistry {
  private readonly used = new Set<string>();

  claim(candidate: string): string {
    let eId = candidate;
    for (let n = 2; this.used.has(eId); n++) eId = `${candidate}_${n}`;
    this.used.add(eId);
    return eId;
  }
}
