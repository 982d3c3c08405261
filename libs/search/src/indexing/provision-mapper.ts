import { aliasesOf } from '../vocabulary/aliases';
import { fingerprintOf } from './fingerprint';
import type { ProvisionIndexInput } from './index-inputs';
import type { ProvisionIndexDocument } from './index-documents';
import { toIndexId } from './index-id';
import { PASSAGE_OVERLAP_WORDS, PASSAGE_WORDS, splitIntoPassages } from './passages';
import { OPEN_END, earliestDate, optionalDayStart } from './timestamps';

/**
 * The stored form of a provision in the `provisions` index: one index document per passage (see
 * `splitIntoPassages`; most provisions are one passage), each with the provision's fields, its
 * passage of the text and the fingerprint of the whole provision. The first passage's id is the
 * provision's (`toIndexId`); the others are `toIndexId("<provision id>#<n>")`. A provision's text
 * never changes under its id (intake writes new rows), so re-indexing rewrites the same passages.
 * Pure; throws on a malformed date.
 *
 * Validity interval: it starts on the provision's own `validFrom`, else on its document's
 * effective date (unknown: `OPEN_END`, so never "in force"), and ends on the earlier of the
 * document's expiry and the provision's `validUntil` (neither: `OPEN_END`). The status is the
 * provision's own when it has one, else the document's. The text is kept as given (NFC), because
 * the overlap engine computes offsets into it (`textOffset` places a passage in the provision).
 */
export function toProvisionIndexDocuments(input: ProvisionIndexInput): ProvisionIndexDocument[] {
  const provision = provisionBody(input);
  const fingerprint = provisionFingerprintOf(provision);
  const passages = splitIntoPassages(provision.text);
  return passages.map((passage) => ({
    ...provision,
    id: passage.index === 0 ? provision.id : toIndexId(`${input.id}#${passage.index}`),
    text: passage.text,
    aliases: passages.length === 1 ? provision.aliases : aliasesOf(provision.heading, passage.text),
    passage: passage.index,
    passageCount: passages.length,
    textOffset: passage.offset,
    fingerprint,
  }));
}

/** The hash `checkDrift` compares for a provision: compute it from the same input you index. */
export function provisionFingerprint(input: ProvisionIndexInput): string {
  return provisionFingerprintOf(provisionBody(input));
}

/** The passage sizes are part of the stored form: changing them makes every provision stale. */
function provisionFingerprintOf(provision: ReturnType<typeof provisionBody>): string {
  return fingerprintOf({ ...provision, passages: [PASSAGE_WORDS, PASSAGE_OVERLAP_WORDS] });
}

function provisionBody(input: ProvisionIndexInput) {
  const doc = input.document;
  const issuedDate = optionalDayStart(doc.issuedDate, 'document.issuedDate');
  const effectiveFrom = optionalDayStart(input.validFrom, 'validFrom') ?? optionalDayStart(doc.effectiveDate, 'document.effectiveDate');
  const ends = [optionalDayStart(doc.expiryDate, 'document.expiryDate'), optionalDayStart(input.validUntil, 'validUntil')];
  const heading = input.heading?.normalize('NFC') ?? null;
  const text = input.text.normalize('NFC');
  const documentTitle = doc.title.normalize('NFC');
  return {
    id: toIndexId(input.id),
    provisionId: input.id,
    documentId: input.documentId,
    versionId: input.versionId,
    kind: doc.kind,
    docType: doc.docType,
    documentNumber: doc.number?.normalize('NFC') ?? null,
    documentTitle,
    issuerId: doc.issuerId,
    issuerName: doc.issuerName?.normalize('NFC') ?? null,
    draftingAgencyId: doc.draftingAgencyId,
    field: doc.field,
    validityStatus: input.validityStatus ?? doc.validityStatus,
    year: doc.issuedDate === null ? null : Number(doc.issuedDate.slice(0, 4)),
    issuedDate,
    effectiveFrom: effectiveFrom ?? OPEN_END,
    effectiveTo: Math.min(OPEN_END, ...ends.filter((t) => t !== null)),
    issuedOn: doc.issuedDate,
    effectiveOn: input.validFrom ?? doc.effectiveDate,
    expiresOn: earliestDate(doc.expiryDate, input.validUntil),
    authorityRank: doc.authorityRank,
    level: input.level,
    number: input.number,
    pathKey: input.pathKey,
    citationKey: input.citationKey.normalize('NFC'),
    heading,
    text,
    ord: input.ord,
    aliases: aliasesOf(heading, text),
  };
}
