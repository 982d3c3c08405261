import { type PetitionCategory } from './classification';

/** The activity that attaches a published answer to its document (masked again with the petitioner's own details). */
export const PUBLISH_PETITION_ANSWER_ACTIVITY = 'publishPetitionAnswer';

export interface PublishPetitionAnswerInput {
  [key: string]: string | null;
  petitionId: string;
  caseId: string;
  category: PetitionCategory | null;
  /** The answer kept in `petition_texts`. */
  answerId: string | null;
  /** Cases answered before answers were kept by reference: the answer itself, masked by pattern. */
  answer: string | null;
  answerRef: string | null;
  publishedOn: string;
}
