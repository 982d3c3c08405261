import { type DossierEntry } from '../actions';
import {
  DOSSIER_ITEM_LABELS,
  FILED_DOSSIER_ITEMS,
  type DossierCondition,
  type DossierItem,
  type DossierStage,
} from '../rulebook/dossier-items';
import { type Rulebook } from '../rulebook/types';
import { invalidPayload } from './errors';
import { LIMITS } from './limits';
import { type PayloadReader } from './payload-reader';
import { type DraftProcedureState } from './state';

function applies(when: DossierCondition, state: DraftProcedureState): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'policyBearing':
      return state.policyBearing;
    case 'amendsOrReplaces':
      return state.amendsOrReplaces;
    case 'consultationHeld':
      return state.consultation.held;
    case 'commentsReceived':
      return state.consultation.commentsTotal > 0;
  }
}

export function hasDossierItem(state: DraftProcedureState, item: DossierItem): boolean {
  return item === 'draft' ? state.versions.kept.length > 0 : (state.dossier[item]?.length ?? 0) > 0;
}

/** The items this draft must have at `stage` (REFERENCE §4.1 list, per the rulebook). */
export function requiredDossierItems(state: DraftProcedureState, book: Rulebook, stage: DossierStage): DossierItem[] {
  return book.dossier[stage].filter((requirement) => applies(requirement.when, state)).map((requirement) => requirement.item);
}

export function missingDossierItems(state: DraftProcedureState, book: Rulebook, stage: DossierStage): DossierItem[] {
  return requiredDossierItems(state, book, stage).filter((item) => !hasDossierItem(state, item));
}

/** Refuses with `DOSSIER_INCOMPLETE` (422), one field error per missing item. */
export function requireCompleteDossier(state: DraftProcedureState, book: Rulebook, stage: DossierStage): void {
  const missing = missingDossierItems(state, book, stage);
  if (missing.length === 0) return;
  throw invalidPayload(
    'DOSSIER_INCOMPLETE',
    `The dossier is incomplete: ${missing.map((item) => DOSSIER_ITEM_LABELS[item]).join('; ')}.`,
    missing.map((item) => ({ field: `dossier.${item}`, message: `${DOSSIER_ITEM_LABELS[item]} is missing` })),
    { missing },
  );
}

/** Files references under their items, newest last, at most `LIMITS.refsPerDossierItem` per item. */
export function fileDossier(state: DraftProcedureState, entries: readonly { item: DossierItem; ref: string }[]): DraftProcedureState {
  if (entries.length === 0) return state;
  const dossier = { ...state.dossier };
  for (const { item, ref } of entries) {
    const refs = [...(dossier[item] ?? []).filter((existing) => existing !== ref), ref];
    dossier[item] = refs.slice(Math.max(0, refs.length - LIMITS.refsPerDossierItem));
  }
  return { ...state, dossier };
}

/** The optional `dossier` list of a payload: items a drafter files by reference. */
export function readDossierEntries(reader: PayloadReader): DossierEntry[] {
  return reader.list('dossier', 0, LIMITS.dossierEntriesMax, (entry) => ({
    item: entry.choice('item', FILED_DOSSIER_ITEMS),
    ref: entry.text('ref', LIMITS.refMax),
  }));
}
