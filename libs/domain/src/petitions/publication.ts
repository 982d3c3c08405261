import { type PetitionCategory } from './classification';

/** The activity that attaches a published answer to its document (masked again with the petitioner's own details). */
export const PUBLISH_PETITION_ANSWER_ACTIVITY = 'publishPetitionAnswer';

export interface PublishPetitionAnswerInput {
  [key: string]: string | null;
  petitionId: string;
  caseId: string;
  category: PetitionCategory | null;
  answer: string | null;
  answerRef: string | null;
  publishedOn: string;
}
