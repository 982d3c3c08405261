import { DomainError, type FieldError } from '../errors';
import { type Confidence } from '../procedures';

/**
 * Time limits of the control procedures. Values REFERENCE marks unconfirmed are settings with a
 * documented default (CONTROL_SETTINGS env). Calendar days unless the name says working days.
 */
export interface ControlSettings {
  selfInspectionDays: number;
  handlingDays: number;
  handlingPublicationDays: number;
  reviewDays: number;
  petitionResponseWorkingDays: number;
  reminderLeadWorkingDays: number;
}

export type ControlSettingKey = keyof ControlSettings;

export interface ControlSettingDescriptor {
  default: number;
  min: number;
  max: number;
  description: string;
  source: string;
  confidence: Confidence;
}

export const DEFAULT_CONTROL_SETTINGS: Readonly<Record<ControlSettingKey, ControlSettingDescriptor>> = {
  selfInspectionDays: {
    default: 30,
    min: 1,
    max: 365,
    description: 'The issuer self-inspects a document it issued within this many days of issuing it.',
    source: 'REFERENCE §4.7: every issued document is self-inspected; the deadline in Decree 79 is not confirmed.',
    confidence: 'U',
  },
  handlingDays: {
    default: 30,
    min: 1,
    max: 180,
    description: 'The issuer handles a document found unlawful within this many days of the inspection conclusion.',
    source: 'REFERENCE §4.9: Decree 79 Art. 26.',
    confidence: 'S',
  },
  handlingPublicationDays: {
    default: 3,
    min: 1,
    max: 30,
    description: 'The handling act is sent to the e-Gazette, the National Legal Database and the portal within this many days of signing.',
    source: 'REFERENCE §4.9: Decree 79 Art. 28 as amended by Decree 187 Art. 2(9).',
    confidence: 'S',
  },
  reviewDays: {
    default: 30,
    min: 1,
    max: 365,
    description: 'A review opened because a basis changed is concluded within this many days (the fix should take effect with the basis).',
    source: 'REFERENCE §4.10: timing of handling is not confirmed; "targetFixDate = basis.effectiveDate" is a soft target.',
    confidence: 'U',
  },
  petitionResponseWorkingDays: {
    default: 15,
    min: 1,
    max: 90,
    description: 'A petition about a document is answered within this many working days of its receipt.',
    source: 'REFERENCE §5: no legal day count was found; 15 working days is an engineering default.',
    confidence: 'U',
  },
  reminderLeadWorkingDays: {
    default: 2,
    min: 0,
    max: 20,
    description: 'Reminders go out this many working days before a control deadline (0: no reminder).',
    source: 'Design choice, as for the drafting procedure.',
    confidence: 'U',
  },
};

export const CONTROL_SETTING_KEYS = Object.keys(DEFAULT_CONTROL_SETTINGS) as ControlSettingKey[];

/** The defaults with `overrides` applied; every bad override is listed in one 422. */
export function resolveControlSettings(overrides: Partial<Record<string, unknown>> = {}): ControlSettings {
  const resolved = Object.fromEntries(CONTROL_SETTING_KEYS.map((key) => [key, DEFAULT_CONTROL_SETTINGS[key].default])) as unknown as ControlSettings;
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const descriptor = DEFAULT_CONTROL_SETTINGS[key as ControlSettingKey] as ControlSettingDescriptor | undefined;
    if (descriptor === undefined) problems.push({ field: `settings.${key}`, message: 'is not a control setting' });
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < descriptor.min || value > descriptor.max) {
      problems.push({ field: `settings.${key}`, message: `must be a whole number from ${descriptor.min} to ${descriptor.max}` });
    } else resolved[key as ControlSettingKey] = value;
  }
  if (problems.length > 0) throw new DomainError('invalid', 'CONTROL_SETTINGS_INVALID', `The control settings have ${problems.length} problem(s).`, { fieldErrors: problems });
  return resolved;
}
