import { normalizeDocumentNumber, parseDocumentNumber } from '@legis/domain';
import type { PublicationDocument } from '../publication-document';

export interface FrbrIdentity {
  /** "vn-hanoi": ISO country code plus the province or issuer. */
  country: string;
  workUri: string;
  expressionUri: string;
  manifestationUri: string;
  /** The date of this expression: the issued text, so the URI is stable across exports. */
  expressionDate: string;
}

/** Case- and diacritics-folded ASCII letters and digits only, for URI components. */
export function asciiSlug(text: string, separator: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .replaceAll(' ', separator);
}

const ADMINISTRATIVE_PREFIX =
  /^(?:(?:ủy|uỷ) ban nhân dân|hội đồng nhân dân|chủ tịch ủy ban nhân dân)?\s*(?:tỉnh|thành phố|tp\.?)?\s*/iu;

/**
 * The place part of the country component ("hanoi" from "Thành phố Hà Nội" or from "Ủy ban nhân
 * dân thành phố Hà Nội"): the territorial scope when it names a province, otherwise the issuer.
 * Provinces have no ISO 3166-2 codes that survived the 2025 mergers, so a folded name is used;
 * callers with an official code pass it as `jurisdiction`.
 */
function placeCode(doc: PublicationDocument): string {
  const scope = doc.territorialScope.normalize('NFC').trim();
  const named = /^toàn quốc$/iu.test(scope) || scope === '' ? doc.issuer.name : scope;
  return asciiSlug(named.normalize('NFC').replace(ADMINISTRATIVE_PREFIX, ''), '');
}

/**
 * FRBR Work / Expression / Manifestation URIs of the Akoma Ntoso naming convention:
 * `/akn/vn-<place>/act/<type>/<year>/<number-slug>` + `/vie@<date>` + `.akn`. The year is the one
 * in the number, else the year of issue.
 */
export function frbrIdentity(doc: PublicationDocument, jurisdiction?: string): FrbrIdentity {
  const place = jurisdiction ?? placeCode(doc);
  const country = place === '' ? 'vn' : `vn-${place}`;
  const parsed = parseDocumentNumber(doc.number);
  const year = (parsed.ok ? parsed.value.year : null) ?? Number(doc.issuedDate.slice(0, 4));
  const workUri = `/akn/${country}/act/${asciiSlug(doc.docType, '-')}/${year}/${asciiSlug(normalizeDocumentNumber(doc.number), '-')}`;
  const expressionUri = `${workUri}/vie@${doc.issuedDate}`;
  return { country, workUri, expressionUri, manifestationUri: `${expressionUri}.akn`, expressionDate: doc.issuedDate };
}
