import { addDays, parseCivilDate } from '../../../calendar';
import { type FieldError } from '../../../errors';
import { parseDocumentNumber, type SigningCapacity } from '../../../legal-text';
import { type Rulebook } from '../../rulebook/types';
import { invalidPayload } from '../errors';
import { type ActionHandler } from '../handler';
import { LIMITS } from '../limits';
import { PayloadReader } from '../payload-reader';
import { type DraftProcedureState } from '../state';
import { notify } from '../transition';

const CAPACITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const satisfies readonly SigningCapacity[];

interface Problem extends FieldError {
  code: string;
}

/**
 * The number must be normative (`<seq>/<year>/<type>-<issuer>`, REFERENCE §2.2), of this document
 * type, and of the signing year. Uniqueness per issuer, type and year is the shell's check.
 */
function numberProblems(raw: string, book: Rulebook, signedDate: string): { normalized: string; problems: Problem[] } {
  const parsed = parseDocumentNumber(raw);
  if (!parsed.ok) return { normalized: raw, problems: [{ code: 'DOCUMENT_NUMBER_INVALID', field: 'number', message: parsed.error.reason }] };
  const number = parsed.value;
  const expected = `<number>/<year>/${book.signing.numberTypeCode}-${book.signing.numberIssuerCodes.join(' or ')}`;
  const fail = (message: string) => ({ normalized: number.normalized, problems: [{ code: 'DOCUMENT_NUMBER_INVALID', field: 'number', message }] });
  if (!number.isNormativeFormat) return fail(`"${number.normalized}" is not the number of a legal normative document: expected ${expected}`);
  const issuerOk = number.issuerCodes.length === 1 && book.signing.numberIssuerCodes.includes(number.issuerCode ?? '');
  if (number.typeCode !== book.signing.numberTypeCode || !issuerOk) return fail(`"${number.normalized}" is not numbered as this document type: expected ${expected}`);
  const year = Number(signedDate.slice(0, 4));
  if (number.year !== year) return fail(`"${number.normalized}" carries the year ${number.year}, but the document is signed in ${year}`);
  return { normalized: number.normalized, problems: [] };
}

/** Signing date within adoption and today; effective date at least N days after adoption or signing (REFERENCE §4.6). */
function dateProblems(state: DraftProcedureState, book: Rulebook, signedDate: string, effectiveDate: string, today: string): Problem[] {
  const problems: Problem[] = [];
  const adoptedOn = state.decision.adoptedOn!;
  if (signedDate < adoptedOn) problems.push({ code: 'SIGNED_DATE_INVALID', field: 'signedDate', message: `cannot be before the adoption on ${adoptedOn}` });
  if (signedDate > today) problems.push({ code: 'SIGNED_DATE_INVALID', field: 'signedDate', message: 'cannot be in the future' });
  const { minDaysAfter, from } = book.effectiveDate;
  const base = from === 'adoption' ? adoptedOn : signedDate;
  const earliest = addDays(parseCivilDate(base), minDaysAfter);
  if (effectiveDate < earliest) {
    const rule = minDaysAfter === 0 ? `on or after the ${from} date` : `at least ${minDaysAfter} days after the ${from} date (${base})`;
    problems.push({ code: 'EFFECTIVE_DATE_TOO_EARLY', field: 'effectiveDate', message: `must be ${rule}: ${earliest} or later (${book.effectiveDate.source})` });
  }
  return problems;
}

/**
 * Signing and numbering (ký ban hành; for a resolution, ký chứng thực by the council Chairperson).
 * The draft is issued; the shell starts publication and schedules the entry into force.
 */
export const sign: ActionHandler = ({ state, book, at, payload }) => {
  const reader = new PayloadReader(payload);
  const rawNumber = reader.text('number', 60);
  const signerName = reader.text('signerName', LIMITS.nameMax);
  const signerTitle = reader.text('signerTitle', LIMITS.nameMax);
  const signingCapacity = reader.has('signingCapacity') ? reader.choice('signingCapacity', CAPACITIES) : null;
  const signedDate = reader.date('signedDate');
  const effectiveDate = reader.date('effectiveDate');
  reader.throwIfInvalid();
  const { normalized, problems: numbering } = numberProblems(rawNumber, book, signedDate);
  const problems = [...numbering];
  if (!book.signing.capacities.includes(signingCapacity)) {
    const allowed = book.signing.capacities.map((capacity) => capacity ?? 'none (own name)').join(', ');
    problems.push({ code: 'SIGNING_CAPACITY_INVALID', field: 'signingCapacity', message: `must be one of ${allowed} for this document type` });
  }
  problems.push(...dateProblems(state, book, signedDate, effectiveDate, at.date));
  if (problems.length > 0) {
    throw invalidPayload(
      problems[0].code,
      `The document cannot be signed: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}.`,
      problems.map(({ field, message }) => ({ field, message })),
    );
  }
  const next = {
    ...state,
    state: 'ISSUED' as const,
    signing: { number: normalized, signerName, signerTitle, signingCapacity, signedDate, effectiveDate },
  };
  return {
    next,
    effects: [
      {
        kind: 'startPublication',
        documentId: state.documentId,
        number: normalized,
        signedDate,
        effectiveDate,
        channels: [...book.publication.channels],
        immediate: book.publication.immediate,
      },
      { kind: 'scheduleEntryIntoForce', documentId: state.documentId, effectiveDate },
      notify(next, ['draftingAgency', 'office', 'doj'], 'sign', { number: normalized, signedDate, effectiveDate }),
    ],
    summary: `Signed as ${normalized} by ${signingCapacity === null ? '' : `${signingCapacity}. `}${signerTitle} ${signerName}; effective ${effectiveDate}`,
    ref: normalized,
  };
};
