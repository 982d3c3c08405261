import { DomainError, type FieldError } from '../errors';
import { type Confidence } from './rulebook/sources';

/**
 * The values REFERENCE marks unconfirmed ([U], §8.1), plus our reminder lead: each is configurable
 * with a documented default. Day counts are calendar days unless the name says working days.
 */
export interface ProcedureSettings {
  consultationMinDays: number;
  simplifiedConsultationMinDays: number;
  dossierToDojLeadDays: number;
  appraisalDays: number;
  simplifiedAppraisalDays2020: number;
  simplifiedVettingDays2020: number;
  vettingLeadDays: number;
  councilSubmissionLeadDays: number;
  chairDecisionRequiresAppraisal: boolean;
  chairDecisionIssuerCodes: string[];
  nationalDatabaseWorkingDays: number;
  reminderLeadWorkingDays: number;
}

export type SettingKey = keyof ProcedureSettings;

export interface SettingDescriptor<T> {
  default: T;
  description: string;
  source: string;
  confidence: Confidence;
  /** Bounds of a numeric setting, inclusive. */
  min?: number;
  max?: number;
}

type SettingDescriptors = { readonly [K in SettingKey]: SettingDescriptor<ProcedureSettings[K]> };

/** Every setting with its default, what it governs and the legal source of the default. */
export const DEFAULT_PROCEDURE_SETTINGS: SettingDescriptors = {
  consultationMinDays: {
    default: 20,
    min: 1,
    max: 90,
    description:
      'Minimum posting period (calendar days) of a draft council resolution or committee decision on the provincial portal, regime LAW64_87_2025, normal procedure.',
    source: 'REFERENCE §4.1 deadline table, §8.1(2): not confirmed; about 20 days would match the 2025 reductions (the 2015 law had 30).',
    confidence: 'U',
  },
  simplifiedConsultationMinDays: {
    default: 0,
    min: 0,
    max: 60,
    description:
      'Minimum posting period (calendar days) when a draft under the simplified procedure is posted at all; 0 means no minimum. Posting is optional in the simplified procedure.',
    source: 'REFERENCE §4.5: public posting may be skipped or shortened.',
    confidence: 'K',
  },
  dossierToDojLeadDays: {
    default: 20,
    min: 1,
    max: 90,
    description:
      'The appraisal dossier reaches the Department of Justice no later than this many calendar days before the planned committee meeting, regime LAW64_87_2025, normal procedure.',
    source: 'REFERENCE §4.1 deadline table, §8.1(1): [U] for 2025; 20 days under the 2015 law [K].',
    confidence: 'U',
  },
  appraisalDays: {
    default: 10,
    min: 1,
    max: 60,
    description:
      'The Department of Justice sends its appraisal report within this many calendar days of receiving a complete dossier, regime LAW64_87_2025, normal procedure.',
    source: 'REFERENCE §4.1 deadline table, §8.1(1): not confirmed; 10 days before the meeting under the 2015 law [K], 7 days from a complete dossier in the simplified procedure [S].',
    confidence: 'U',
  },
  simplifiedAppraisalDays2020: {
    default: 10,
    min: 1,
    max: 60,
    description:
      'Appraisal period (calendar days from a complete dossier) of the simplified procedure under Law 80/2015 as amended.',
    source: 'REFERENCE gives no value for the 2015 simplified procedure (§4.1, §4.5 cover 2025).',
    confidence: 'U',
  },
  simplifiedVettingDays2020: {
    default: 10,
    min: 1,
    max: 60,
    description:
      'Vetting period (calendar days from the submission to the council) of the simplified procedure under Law 80/2015 as amended.',
    source: 'REFERENCE gives no value for the 2015 simplified procedure (§4.1, §4.5 cover 2025).',
    confidence: 'U',
  },
  vettingLeadDays: {
    default: 10,
    min: 1,
    max: 60,
    description:
      'A council committee sends its vetting report (báo cáo thẩm tra) no later than this many calendar days before the session, normal procedure.',
    source: 'REFERENCE §4.1 deadline table, §8.1(5): [K] "before the session" for 2015, [U] for 2025.',
    confidence: 'U',
  },
  councilSubmissionLeadDays: {
    default: 20,
    min: 1,
    max: 90,
    description:
      'The committee sends the draft resolution dossier to the council no later than this many calendar days before the session, normal procedure.',
    source: 'REFERENCE §4.1 deadline table, §8.1(5): 5 days to delegates under the 2004 law [C]; [U] under the 2015 and 2025 laws.',
    confidence: 'U',
  },
  chairDecisionRequiresAppraisal: {
    default: false,
    description:
      'Whether a Chair decision goes through formal appraisal by the Department of Justice. By default the Department gives its opinion as a mandatory consultee instead.',
    source: 'REFERENCE §4.4, §8.1(3): Decree 187 Art. 51a lists the Department of Justice among the mandatory consultees [S]; a formal appraisal is not confirmed.',
    confidence: 'U',
  },
  chairDecisionIssuerCodes: {
    default: ['CTUBND'],
    description: 'Issuer symbols accepted in the number of a Chair decision, e.g. "5/2025/QĐ-CTUBND".',
    source: 'REFERENCE §2.2, §8.1(3): the symbol is not confirmed; keep the issuer code open.',
    confidence: 'U',
  },
  nationalDatabaseWorkingDays: {
    default: 2,
    min: 1,
    max: 30,
    description: 'Working days from issue within which the document is entered into the National Legal Database.',
    source: 'REFERENCE §4.6 (Decree 52/2015 [S]); §8.1(12): whether the rule still stands next to Law 64 Art. 9 is unconfirmed.',
    confidence: 'S',
  },
  reminderLeadWorkingDays: {
    default: 2,
    min: 1,
    max: 10,
    description:
      'Working days before a due date at which the responsible body is reminded (1 for periods of 3 days or less).',
    source: 'Our choice: the law sets no reminders.',
    confidence: 'design',
  },
};

export const SETTING_KEYS = Object.keys(DEFAULT_PROCEDURE_SETTINGS) as SettingKey[];

function defaults(): ProcedureSettings {
  return {
    consultationMinDays: DEFAULT_PROCEDURE_SETTINGS.consultationMinDays.default,
    simplifiedConsultationMinDays: DEFAULT_PROCEDURE_SETTINGS.simplifiedConsultationMinDays.default,
    dossierToDojLeadDays: DEFAULT_PROCEDURE_SETTINGS.dossierToDojLeadDays.default,
    appraisalDays: DEFAULT_PROCEDURE_SETTINGS.appraisalDays.default,
    simplifiedAppraisalDays2020: DEFAULT_PROCEDURE_SETTINGS.simplifiedAppraisalDays2020.default,
    simplifiedVettingDays2020: DEFAULT_PROCEDURE_SETTINGS.simplifiedVettingDays2020.default,
    vettingLeadDays: DEFAULT_PROCEDURE_SETTINGS.vettingLeadDays.default,
    councilSubmissionLeadDays: DEFAULT_PROCEDURE_SETTINGS.councilSubmissionLeadDays.default,
    chairDecisionRequiresAppraisal: DEFAULT_PROCEDURE_SETTINGS.chairDecisionRequiresAppraisal.default,
    chairDecisionIssuerCodes: [...DEFAULT_PROCEDURE_SETTINGS.chairDecisionIssuerCodes.default],
    nationalDatabaseWorkingDays: DEFAULT_PROCEDURE_SETTINGS.nationalDatabaseWorkingDays.default,
    reminderLeadWorkingDays: DEFAULT_PROCEDURE_SETTINGS.reminderLeadWorkingDays.default,
  };
}

function checkValue(key: SettingKey, value: unknown): string | null {
  const descriptor: SettingDescriptor<unknown> = DEFAULT_PROCEDURE_SETTINGS[key];
  const expected = descriptor.default;
  if (typeof expected === 'number') {
    const min = descriptor.min ?? 0;
    const max = descriptor.max ?? Number.MAX_SAFE_INTEGER;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return `must be a whole number from ${min} to ${max}`;
    }
    return null;
  }
  if (typeof expected === 'boolean') return typeof value === 'boolean' ? null : 'must be true or false';
  const codes = Array.isArray(value) ? (value as unknown[]) : null;
  if (codes === null || codes.length === 0 || codes.some((code) => typeof code !== 'string' || !/^[\p{L}0-9&]{1,20}$/u.test(code))) {
    return 'must be a non-empty list of issuer symbols such as "CTUBND"';
  }
  return null;
}

/**
 * The full settings: the defaults overridden by `overrides`. Unknown keys and out-of-range values
 * are refused with `PROCEDURE_SETTINGS_INVALID` (422), one field error each.
 */
export function resolveProcedureSettings(overrides: Partial<ProcedureSettings> = {}): ProcedureSettings {
  const problems: FieldError[] = [];
  const resolved = defaults();
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!(SETTING_KEYS as string[]).includes(key)) {
      problems.push({ field: `settings.${key}`, message: 'is not a procedure setting' });
      continue;
    }
    const problem = checkValue(key as SettingKey, value);
    if (problem !== null) problems.push({ field: `settings.${key}`, message: problem });
    else Object.assign(resolved, { [key]: Array.isArray(value) ? [...(value)] : value });
  }
  if (problems.length > 0) {
    throw new DomainError('invalid', 'PROCEDURE_SETTINGS_INVALID', `The procedure settings have ${problems.length} problem(s).`, {
      fieldErrors: problems,
    });
  }
  return resolved;
}
