import { type RegimeVersion } from '../../documents';
import { type Role } from '../../identity';
import {
  DEFAULT_PROCEDURE_SETTINGS,
  resolveProcedureSettings,
  SETTING_KEYS,
  type ProcedureSettings,
  type SettingKey,
} from '../settings';
import {
  CONSULTEE_LABELS,
  DOC_TYPE_LABELS,
  PERFORMER_INFO,
  PERFORMERS,
  PROCEDURE_LABELS,
  type MandatoryConsultee,
  type Performer,
  type Procedure,
  type ProcedureDocType,
} from '../vocabulary';
import { DOSSIER_ITEM_LABELS, type DossierItem } from './dossier-items';
import { rulebookFor } from './rulebook-for';
import { type Confidence } from './sources';
import { type Rulebook } from './types';

export interface SettingDescription {
  key: SettingKey;
  value: ProcedureSettings[SettingKey];
  default: ProcedureSettings[SettingKey];
  description: string;
  source: string;
  confidence: Confidence;
}

/** The rulebook with the labels and settings a client needs to show it (`GET /api/v1/rules`). */
export interface RulebookDescription extends Rulebook {
  labels: {
    docType: string;
    procedure: string;
    performers: Record<Performer, { label: string; recordedBy: Role[] }>;
    dossierItems: Record<DossierItem, string>;
    consultees: Record<MandatoryConsultee, string>;
  };
  settings: SettingDescription[];
}

/** JSON-friendly description of `rulebookFor(regime, docType, procedure, settings)`. */
export function describeRulebook(
  regime: RegimeVersion,
  docType: ProcedureDocType,
  procedure: Procedure,
  settings: Partial<ProcedureSettings> = {},
): RulebookDescription {
  const book = rulebookFor(regime, docType, procedure, settings);
  const resolved = resolveProcedureSettings(settings);
  return {
    ...book,
    labels: {
      docType: DOC_TYPE_LABELS[docType],
      procedure: PROCEDURE_LABELS[procedure],
      performers: Object.fromEntries(
        PERFORMERS.map((performer) => [performer, { label: PERFORMER_INFO[performer].label, recordedBy: [...PERFORMER_INFO[performer].recordedBy] }]),
      ) as RulebookDescription['labels']['performers'],
      dossierItems: { ...DOSSIER_ITEM_LABELS },
      consultees: { ...CONSULTEE_LABELS },
    },
    settings: SETTING_KEYS.map((key) => {
      const descriptor = DEFAULT_PROCEDURE_SETTINGS[key];
      return {
        key,
        value: resolved[key],
        default: descriptor.default,
        description: descriptor.description,
        source: descriptor.source,
        confidence: descriptor.confidence,
      };
    }),
  };
}
