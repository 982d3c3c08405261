import { PetitionRepository } from '@legis/db';
import { DomainError, knownPersonalData, maskPersonalData, PUBLISH_PETITION_ANSWER_ACTIVITY, type PublishPetitionAnswerInput } from '@legis/domain';
import type { ActivityDependencies } from '../activity-dependencies';

/** The `run` activities of petition cases. */
export function createPetitionActivities(deps: Pick<ActivityDependencies, 'dataSource'>) {
  const petitions = new PetitionRepository(deps.dataSource);
  return {
    /**
     * Attaches the answer to the document. The case names the answer by id (its text never enters
     * Temporal); it is read here and masked with the petitioner's own name, contacts and address,
     * which only these tables know, and by pattern. Idempotent: a retry writes the same values.
     */
    async [PUBLISH_PETITION_ANSWER_ACTIVITY](input: PublishPetitionAnswerInput): Promise<void> {
      const petition = await petitions.findById(input.petitionId);
      if (!petition) throw new DomainError('not_found', 'PETITION_NOT_FOUND', `No petition ${input.petitionId} for the case ${input.caseId}.`);
      // Activities scheduled before answers were kept by reference carry the answer itself.
      const answer = input.answerId ? (await petitions.texts(petition.id, [input.answerId])).get(input.answerId) : (input.answer ?? '');
      // Retried: the request that stored the answer may still be committing.
      if (answer === undefined) throw new DomainError('not_found', 'PETITION_ANSWER_NOT_FOUND', `No answer ${input.answerId} of the petition ${petition.id}.`);
      const known = knownPersonalData(await petitions.petitioner(petition.id));
      await petitions.publish(petition.id, {
        category: input.category,
        publishedAnswer: maskPersonalData(answer, known),
        publishedContent: petition.publicationConsent ? maskPersonalData(petition.content, known) : null,
        answerRef: input.answerRef,
        publishedOn: input.publishedOn,
      });
    },
  };
}
