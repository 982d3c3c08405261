import { PayloadReader } from '../procedures/machine/payload-reader';

/**
 * A text staff write on a petition case that may quote the petitioner: the classification's note
 * and the answer. The API keeps it in PostgreSQL (`petition_texts`) and sends the case its id in
 * `reference` instead, so the text never reaches the case's Temporal history, which is kept for
 * long, replicated and shown to operators unmasked.
 */
export interface PetitionCaseText {
  /** The payload field the text arrives in over HTTP. */
  field: 'note' | 'answer';
  /** The payload field the case receives the stored text's id in. */
  reference: 'noteId' | 'answerId';
  maxLength: number;
  required: boolean;
}

const CASE_TEXTS: Readonly<Record<string, PetitionCaseText>> = {
  classify: { field: 'note', reference: 'noteId', maxLength: 2000, required: false },
  answer: { field: 'answer', reference: 'answerId', maxLength: 20_000, required: true },
};

/** The text a petition case action carries (by its name), or null for an action without one. */
export function petitionCaseTextOf(action: string): PetitionCaseText | null {
  return Object.hasOwn(CASE_TEXTS, action) ? CASE_TEXTS[action] : null;
}

/** Reads the text from an action's payload, trimmed and NFC; null when an optional one is absent (422 listing the field when bad). */
export function readPetitionCaseText(text: PetitionCaseText, payload: unknown): string | null {
  const reader = new PayloadReader(payload);
  const value = text.required ? reader.text(text.field, text.maxLength) : reader.optionalText(text.field, text.maxLength);
  reader.throwIfInvalid();
  return value === null ? null : value.normalize('NFC');
}
