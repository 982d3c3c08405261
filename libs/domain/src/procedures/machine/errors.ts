import { DomainError, type FieldError } from '../../errors';
import { type ActionName } from '../actions';
import { type DraftState, type Performer } from '../vocabulary';

/** An action out of order (409): the draft is not in a state where it can be taken. */
export function actionNotAllowed(
  state: DraftState,
  action: string,
  allowedActions: ActionName[],
  reason: string | null,
): DomainError {
  const message = `The action ${action} is not possible while the draft is ${state}${reason === null ? '' : `: ${reason}`}.`;
  return new DomainError('invalid_state', 'ACTION_NOT_ALLOWED', message, {
    extensions: { state, action, allowedActions, ...(reason === null ? {} : { reason }) },
  });
}

/** The right moment, the wrong actor (403): another role or another agency's drafter. */
export function actionForbidden(action: ActionName, allowedActions: ActionName[], performers: readonly Performer[]): DomainError {
  return new DomainError('forbidden', 'ACTION_FORBIDDEN', `You may not take the action ${action} on this draft.`, {
    extensions: { action, allowedActions, performers: [...performers] },
  });
}

/** A bad payload (422), one field error per problem. */
export function invalidPayload(
  code: string,
  message: string,
  fieldErrors: FieldError[],
  extensions?: Record<string, unknown>,
): DomainError {
  return new DomainError('invalid', code, message, { fieldErrors, ...(extensions === undefined ? {} : { extensions }) });
}
