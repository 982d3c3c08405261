import { rulebookFor } from '../rulebook/rulebook-for';
import { type Rulebook } from '../rulebook/types';
import { type DraftProcedureState } from './state';

/** The rulebook a draft runs on: its regime, type and procedure, with the settings it carries. */
export function bookOf(state: DraftProcedureState): Rulebook {
  return rulebookFor(state.regime, state.docType, state.procedure, state.settings);
}
