import { ROLES, type Role } from '../../identity';
import { type ActionName } from '../actions';
import { DOSSIER_ITEM_LABELS, DOSSIER_ITEMS, type DossierItem, type DossierStage } from '../rulebook/dossier-items';
import { type DeadlineStep, type RuleSet } from '../rulebook/types';
import { DOC_TYPE_LABELS, STATE_LABELS } from '../vocabulary';
import { allowedActions } from './access';
import { bookOf } from './book';
import { hasDossierItem, missingDossierItems, requiredDossierItems } from './dossier';
import { type DeadlineRecord, type DraftProcedureState, type VersionRef } from './state';
import { latestVersion } from './versions';

export interface DossierItemStatus {
  item: DossierItem;
  label: string;
  refs: string[];
  present: boolean;
  requiredFor: DossierStage[];
}

export interface DeadlineDescription extends DeadlineRecord {
  label: string;
}

/** The answer to the workflow's "state" query: plain JSON. */
export type DraftStateDescription = Omit<DraftProcedureState, 'history' | 'settings' | 'deadlines' | 'dossier' | 'versions'> & {
  docTypeLabel: string;
  ruleSet: RuleSet;
  stateLabel: string;
  /** What a user holding only this role may do now; `drafter` means a drafter of the drafting agency. */
  allowedActions: Record<Role, ActionName[]>;
  versions: { total: number; latest: VersionRef | null };
  dossier: { items: DossierItemStatus[]; missing: Record<DossierStage, DossierItem[]> };
  consultationMinDays: number;
  deadlines: DeadlineDescription[];
  historyEntries: number;
};

const STAGES: readonly DossierStage[] = ['appraisal', 'submission', 'session'];

/** Where the draft stands, who may do what, the dossier, consultation, appraisal and running deadlines. */
export function describeState(state: DraftProcedureState): DraftStateDescription {
  const book = bookOf(state);
  const { history, settings: _settings, deadlines, dossier: _dossier, versions, ...rest } = state;
  const labels = new Map<DeadlineStep, string>(book.deadlines.map((rule) => [rule.step, rule.label]));
  return {
    ...rest,
    docTypeLabel: DOC_TYPE_LABELS[state.docType],
    ruleSet: book.ruleSet,
    stateLabel: STATE_LABELS[state.state],
    allowedActions: Object.fromEntries(
      ROLES.map((role) => [role, allowedActions(state, { roles: [role], agencyId: role === 'drafter' ? state.draftingAgencyId : null })]),
    ) as Record<Role, ActionName[]>,
    versions: { total: versions.total, latest: latestVersion(state) },
    dossier: {
      items: DOSSIER_ITEMS.map((item) => ({
        item,
        label: DOSSIER_ITEM_LABELS[item],
        refs: item === 'draft' ? versions.kept.slice(-1).map((version) => version.versionId) : [...(state.dossier[item] ?? [])],
        present: hasDossierItem(state, item),
        requiredFor: STAGES.filter((stage) => requiredDossierItems(state, book, stage).includes(item)),
      })).filter((status) => status.present || status.requiredFor.length > 0),
      missing: {
        appraisal: missingDossierItems(state, book, 'appraisal'),
        submission: missingDossierItems(state, book, 'submission'),
        session: missingDossierItems(state, book, 'session'),
      },
    },
    consultationMinDays: book.consultation.minDays,
    deadlines: deadlines.map((record) => ({ ...record, label: labels.get(record.step) ?? record.step })),
    historyEntries: history.total,
  };
}
