import { randomUUID } from 'node:crypto';
import { PetitionRepository } from '@legis/db';
import { DomainError, knownPersonalData, maskPersonalData, petitionCaseTextOf, readPetitionCaseText, type CaseJson, type ControlCaseState } from '@legis/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

type Payload = Record<string, unknown>;

/**
 * The texts of petition case actions that may quote the petitioner (the classification's note, the
 * answer) are kept in PostgreSQL, and the case is sent their ids: Temporal's history, kept for long,
 * replicated and shown to operators, never holds them.
 */
@Injectable()
export class PetitionCaseTexts {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PetitionRepository) private readonly petitions: PetitionRepository,
  ) {}

  /**
   * Stores the action's text and has `send` deliver the payload with its id instead, in one
   * transaction: an action the case refuses leaves no text behind. A bad text is refused (422)
   * before the case is asked.
   */
  async act<R>(caseId: string, action: string, payload: Payload, writtenBy: string | null, send: (payload: Payload) => Promise<R>): Promise<R> {
    const text = petitionCaseTextOf(action);
    if (text === null) return send(payload);
    const { [text.field]: _text, [text.reference]: _unsent, ...rest } = payload;
    const body = readPetitionCaseText(text, payload);
    if (body === null) return send(rest);
    const petition = await this.petitions.findByCaseId(caseId);
    if (!petition) throw new DomainError('not_found', 'PETITION_NOT_FOUND', `No petition for the case ${caseId}.`);
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      await this.petitions.addText(manager, { id, petitionId: petition.id, field: text.field, body, writtenBy });
      return send({ ...rest, [text.reference]: id });
    });
  }

  /** A petition case as staff read it: its note and answer back in place of their ids, with personal data masked. */
  async reveal(state: ControlCaseState): Promise<ControlCaseState> {
    if (state.kind !== 'petition') return state;
    const { petitionId, noteId, answerId } = state.data;
    const ids = [noteId, answerId].filter((id): id is string => typeof id === 'string');
    if (typeof petitionId !== 'string' || ids.length === 0) return state;
    const bodies = await this.petitions.texts(petitionId, ids);
    const known = knownPersonalData(await this.petitions.petitioner(petitionId));
    const masked = (id: CaseJson | undefined, before: CaseJson | undefined) => (typeof id === 'string' && bodies.has(id) ? maskPersonalData(bodies.get(id)!, known) : (before ?? null));
    return { ...state, data: { ...state.data, classificationNote: masked(noteId, state.data.classificationNote), answer: masked(answerId, state.data.answer) } };
  }
}
