import type { DocType } from '../legal-text/doc-types';
import { DomainError, type FieldError } from '../errors';

/** Which documents a campaign gathers; an empty list means no restriction on that criterion. */
export interface SystematisationScope {
  issuerIds: string[];
  docTypes: DocType[];
  fields: string[];
}

/** A cycle as planned (REFERENCE §4.12): reference date, the period it covers, scope and plan. */
export interface SystematisationPlan {
  /** Thời điểm hệ thống hóa, normally 31/12 of the cycle's fifth year. */
  referenceDate: string;
  periodStart: string;
  periodEnd: string;
  scope: SystematisationScope;
  /** The number of the mandatory plan (kế hoạch hệ thống hóa). */
  planRef: string;
  /** "2019–2023". */
  cycleLabel: string;
}

export interface SystematisationPlanInput {
  referenceDate: string;
  periodStart?: string;
  periodEnd?: string;
  scope?: Partial<SystematisationScope>;
  planRef: string;
}

/** Cycles run every five years [Decree 79 Art. 49(1)]. */
export const SYSTEMATISATION_CYCLE_YEARS = 5;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Completes and checks a plan: the period defaults to the five years ending on the reference date
 * (31/12/2023 → 01/01/2019 … 31/12/2023). Refuses impossible dates with one field error each.
 */
export function planSystematisation(input: SystematisationPlanInput): SystematisationPlan {
  const errors: FieldError[] = [];
  const date = (field: string, value: string | undefined) => {
    if (value !== undefined && !isIsoDate(value)) errors.push({ field, message: 'must be a calendar date YYYY-MM-DD' });
  };
  date('referenceDate', input.referenceDate);
  date('periodStart', input.periodStart);
  date('periodEnd', input.periodEnd);
  if (errors.length > 0) throw invalid(errors);
  const periodEnd = input.periodEnd ?? input.referenceDate;
  const periodStart = input.periodStart ?? `${Number(periodEnd.slice(0, 4)) - SYSTEMATISATION_CYCLE_YEARS + 1}-01-01`;
  if (periodEnd > input.referenceDate) errors.push({ field: 'periodEnd', message: 'must not be after the reference date' });
  if (periodStart > periodEnd) errors.push({ field: 'periodStart', message: 'must not be after the end of the period' });
  if (input.planRef.trim() === '') errors.push({ field: 'planRef', message: 'must name the systematisation plan' });
  if (errors.length > 0) throw invalid(errors);
  const scope = input.scope ?? {};
  return {
    referenceDate: input.referenceDate,
    periodStart,
    periodEnd,
    scope: { issuerIds: unique(scope.issuerIds), docTypes: unique(scope.docTypes), fields: unique(scope.fields) },
    planRef: input.planRef.trim(),
    cycleLabel: `${periodStart.slice(0, 4)}–${periodEnd.slice(0, 4)}`,
  };
}

/** One cycle and scope → one campaign: the key that makes a second identical campaign a conflict. */
export function systematisationScopeKey(plan: Pick<SystematisationPlan, 'periodStart' | 'periodEnd' | 'scope'>): string {
  const { issuerIds, docTypes, fields } = plan.scope;
  return JSON.stringify([plan.periodStart, plan.periodEnd, issuerIds, docTypes, fields]);
}

const unique = <T extends string>(values: readonly T[] | undefined): T[] => [...new Set(values ?? [])].sort();

const invalid = (fieldErrors: FieldError[]) => new DomainError('invalid', 'VALIDATION_FAILED', 'The systematisation plan is not valid.', { fieldErrors });
