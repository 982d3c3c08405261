import { refusal } from '../control/testing/case-spec-helpers';
import { petitionCaseTextOf, readPetitionCaseText } from './case-texts';

describe('texts of petition case actions (kept in PostgreSQL, referenced by the case)', () => {
  it('names the text of the classification and of the answer, and none for other actions', () => {
    expect(petitionCaseTextOf('classify')).toMatchObject({ field: 'note', reference: 'noteId', required: false });
    expect(petitionCaseTextOf('answer')).toMatchObject({ field: 'answer', reference: 'answerId', required: true });
    expect(petitionCaseTextOf('publishAnswer')).toBeNull();
    expect(petitionCaseTextOf('constructor')).toBeNull();
  });

  it('reads the text trimmed and NFC, an absent optional one as null, and refuses a missing or long one field by field', () => {
    const answer = petitionCaseTextOf('answer')!;
    expect(readPetitionCaseText(answer, { answer: '  Trả lời bà Hoàng Thu. '.normalize('NFD') })).toBe('Trả lời bà Hoàng Thu.');
    expect(readPetitionCaseText(petitionCaseTextOf('classify')!, { category: 'question', note: '  ' })).toBeNull();
    expect(refusal(() => readPetitionCaseText(answer, { answerRef: '1/STP' }))).toMatchObject({ kind: 'invalid', details: { fieldErrors: [{ field: 'answer', message: 'is required' }] } });
    expect(refusal(() => readPetitionCaseText(petitionCaseTextOf('classify')!, { note: 'x'.repeat(2001) })).details.fieldErrors).toEqual([{ field: 'note', message: 'must be at most 2000 characters' }]);
  });
});
