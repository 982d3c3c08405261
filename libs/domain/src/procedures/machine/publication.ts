import { DomainError } from '../../errors';
import { bookOf } from './book';
import { type ProcedureTransition } from './effects';
import { actionNotAllowed } from './errors';
import { LIMITS } from './limits';
import { checkMoment } from './moment';
import { PayloadReader } from './payload-reader';
import { type DraftProcedureState, type Moment, type PublicationStatus } from './state';
import { completeTransition, notify, type Applied } from './transition';

export interface PublicationRecord {
  /** Công báo issue and the date the document appeared in it. */
  gazette?: { reference: string; publishedOn: string };
  /** Entry in the National Legal Database (vbpl.vn). */
  nationalDatabase?: { reference: string; updatedOn: string };
}

function complete(publication: PublicationStatus): boolean {
  return publication.gazette !== null && publication.nationalDatabase !== null;
}

/** In force and fully published: the procedure is over. */
function closeIfDone(next: DraftProcedureState): { next: DraftProcedureState; effects: Applied['effects'] } {
  if (next.state !== 'IN_FORCE' || !complete(next.publication)) return { next, effects: [] };
  return { next: { ...next, outcome: 'inForce' }, effects: [{ kind: 'finish', outcome: 'inForce' }] };
}

/**
 * The shell reports publication on the e-gazette and/or the entry in the National Legal Database
 * (REFERENCE §4.6). The gazette moves an issued document to `PUBLISHED`; once the document is in
 * force and both are recorded, the procedure finishes.
 */
export function recordPublication(state: DraftProcedureState, record: PublicationRecord, at: Moment): ProcedureTransition {
  const moment = checkMoment(at);
  if (state.signing === null || !['ISSUED', 'PUBLISHED', 'IN_FORCE'].includes(state.state)) {
    throw actionNotAllowed(state.state, 'recordPublication', [], 'the document has not been signed');
  }
  const reader = new PayloadReader(record);
  const gazetteReader = reader.has('gazette') ? new PayloadReader((record as Record<string, unknown>).gazette, 'gazette', reader.errors) : null;
  const databaseReader = reader.has('nationalDatabase')
    ? new PayloadReader((record as Record<string, unknown>).nationalDatabase, 'nationalDatabase', reader.errors)
    : null;
  const gazette = gazetteReader === null ? null : { reference: gazetteReader.text('reference', LIMITS.refMax), date: gazetteReader.date('publishedOn') };
  const database =
    databaseReader === null ? null : { reference: databaseReader.text('reference', LIMITS.refMax), date: databaseReader.date('updatedOn') };
  if (gazette === null && database === null) reader.fail('gazette', 'give the gazette publication, the database entry, or both');
  for (const [field, entry] of [['gazette.publishedOn', gazette], ['nationalDatabase.updatedOn', database]] as const) {
    if (entry === null || entry.date === '') continue;
    if (entry.date < state.signing.signedDate) reader.errors.push({ field, message: `cannot be before the signing on ${state.signing.signedDate}` });
    if (entry.date > moment.date) reader.errors.push({ field, message: 'cannot be in the future' });
  }
  reader.throwIfInvalid('PUBLICATION_INVALID', 'The publication record is invalid.');
  const already = [gazette !== null && state.publication.gazette !== null ? 'gazette' : null, database !== null && state.publication.nationalDatabase !== null ? 'nationalDatabase' : null].filter(
    (channel) => channel !== null,
  );
  if (already.length > 0) {
    throw new DomainError('conflict', 'PUBLICATION_ALREADY_RECORDED', `Already recorded: ${already.join(', ')}.`, { extensions: { channels: already } });
  }
  const publication = { gazette: gazette ?? state.publication.gazette, nationalDatabase: database ?? state.publication.nationalDatabase };
  const closed = closeIfDone({ ...state, state: state.state === 'ISSUED' && publication.gazette !== null ? 'PUBLISHED' : state.state, publication });
  const parts = [gazette === null ? null : `gazette ${gazette.reference}`, database === null ? null : `national database ${database.reference}`];
  const data = { gazette: gazette?.reference ?? null, nationalDatabase: database?.reference ?? null };
  const applied: Applied = {
    next: closed.next,
    effects: [notify(closed.next, ['draftingAgency', 'office'], 'recordPublication', data), ...closed.effects],
    summary: `Published: ${parts.filter((part) => part !== null).join(', ')}`,
    ref: gazette?.reference ?? database?.reference ?? null,
  };
  return completeTransition(state, applied, { event: 'recordPublication', actor: null, performer: null, at: moment, book: bookOf(state) });
}

/** The effective date has come (the shell's timer): the document is in force. */
export function enterIntoForce(state: DraftProcedureState, at: Moment): ProcedureTransition {
  const moment = checkMoment(at);
  if (state.signing === null || (state.state !== 'ISSUED' && state.state !== 'PUBLISHED')) {
    throw actionNotAllowed(state.state, 'enterIntoForce', [], 'only an issued document enters into force');
  }
  if (moment.date < state.signing.effectiveDate) {
    throw actionNotAllowed(state.state, 'enterIntoForce', [], `the effective date ${state.signing.effectiveDate} has not come`);
  }
  const closed = closeIfDone({ ...state, state: 'IN_FORCE', inForceOn: moment.date });
  const applied: Applied = {
    next: closed.next,
    effects: [notify(closed.next, ['draftingAgency', 'office', 'doj'], 'enterIntoForce', { effectiveDate: state.signing.effectiveDate }), ...closed.effects],
    summary: `In force from ${state.signing.effectiveDate}`,
  };
  return completeTransition(state, applied, { event: 'enterIntoForce', actor: null, performer: null, at: moment, book: bookOf(state) });
}
