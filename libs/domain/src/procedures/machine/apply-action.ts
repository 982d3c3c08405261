import { ACTION_NAMES, isActionName, type DraftAction } from '../actions';
import { rulebookFor } from '../rulebook/rulebook-for';
import { resolveProcedureSettings, type ProcedureSettings } from '../settings';
import { authorize } from './access';
import { type ProcedureTransition } from './effects';
import { invalidPayload } from './errors';
import { HANDLERS } from './handlers';
import { historyActor } from './history';
import { checkMoment } from './moment';
import { type DraftProcedureState, type Moment, type ProcedureActor } from './state';
import { completeTransition } from './transition';

/**
 * Applies one human action. Checks, in order: the action is known (422 `ACTION_UNKNOWN`), the
 * procedure allows it now (409 `ACTION_NOT_ALLOWED`), this actor may take it (403
 * `ACTION_FORBIDDEN`), the payload is valid (422 with field errors). Pure: the input state is not
 * changed. `settings`, when given, replace the settings the draft carries from now on.
 */
export function applyAction(
  state: DraftProcedureState,
  action: DraftAction,
  actor: ProcedureActor,
  at: Moment,
  settings?: Partial<ProcedureSettings>,
): ProcedureTransition {
  const moment = checkMoment(at);
  const name: unknown = (action as { name?: unknown } | null)?.name;
  if (!isActionName(name)) {
    throw invalidPayload('ACTION_UNKNOWN', `Unknown action ${JSON.stringify(name)}.`, [
      { field: 'name', message: `must be one of ${ACTION_NAMES.join(', ')}` },
    ]);
  }
  const current = settings === undefined ? state : { ...state, settings: resolveProcedureSettings(settings) };
  const book = rulebookFor(current.regime, current.docType, current.procedure, current.settings);
  const performer = authorize(current, book, name, actor);
  const applied = HANDLERS[name]({ state: current, book, actor, performer, at: moment, payload: action.payload });
  return completeTransition(current, applied, { event: name, actor: historyActor(actor), performer, at: moment, book });
}
