import { PetitionRepository } from '@legis/db';
import { DomainError, maskPersonalData, PUBLISH_PETITION_ANSWER_ACTIVITY, type KnownPersonalData, type PublishPetitionAnswerInput } from '@legis/domain';
import type { ActivityDependencies } from '../activity-dependencies';

/** The `run` activities of petition cases. */
export function createPetitionActivities(deps: Pick<ActivityDependencies, 'dataSource'>) {
  const petitions = new PetitionRepository(deps.dataSource);
  return {
    /**
     * Attaches the answer to the document. The case masked the answer by pattern; here it is masked
     * again with the petitioner's own name, contacts and address, which only this table knows.
     * Idempotent: a retry writes the same values.
     */
    async [PUBLISH_PETITION_ANSWER_ACTIVITY](input: PublishPetitionAnswerInput): Promise<void> {
      const petition = await petitions.findById(input.petitionId);
      if (!petition) throw new DomainError('not_found', 'PETITION_NOT_FOUND', `No petition ${input.petitionId} for the case ${input.caseId}.`);
      const petitioner = await petitions.petitioner(petition.id);
      const known: KnownPersonalData = petitioner ? { names: [petitioner.name], emails: [petitioner.email], phones: [petitioner.phone], addresses: [petitioner.address] } : {};
      await petitions.publish(petition.id, {
        category: input.category,
        publishedAnswer: maskPersonalData(input.answer ?? '', known),
        publishedContent: petition.publicationConsent ? maskPersonalData(petition.content, known) : null,
        answerRef: input.answerRef,
        publishedOn: input.publishedOn,
      });
    },
  };
}
