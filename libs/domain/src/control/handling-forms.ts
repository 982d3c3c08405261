import { type RelationType } from '../documents';
import { type FieldError } from '../errors';
import { type PayloadReader } from '../procedures/machine/payload-reader';
import { type CaseJson } from './case-state';
import { FINDING_KIND_LABELS, type FindingKind, type InspectionFinding } from './vocabulary';

/** Hình thức xử lý (REFERENCE §4.9: Decree 79 Arts. 23, 38). Part of the public API: never rename one. */
export const HANDLING_FORMS = ['suspendExecution', 'repeal', 'amend', 'replace', 'correct'] as const;
export type HandlingForm = (typeof HANDLING_FORMS)[number];

export const HANDLING_FORM_LABELS: Readonly<Record<HandlingForm, string>> = {
  suspendExecution: 'Đình chỉ việc thi hành',
  repeal: 'Bãi bỏ',
  amend: 'Sửa đổi, bổ sung',
  replace: 'Thay thế',
  correct: 'Đính chính',
};

/** The relation the handling act has to the handled document (REFERENCE §2.5). */
export const HANDLING_FORM_RELATIONS: Readonly<Record<HandlingForm, RelationType>> = {
  suspendExecution: 'SUSPENDS_EXECUTION',
  repeal: 'REPEALS',
  amend: 'AMENDS',
  replace: 'REPLACES',
  correct: 'CORRECTS',
};

/** Forms whose handling act is a new document that goes through the drafting procedure. */
export const REDRAFT_FORMS = ['amend', 'replace'] as const satisfies readonly HandlingForm[];
export type RedraftForm = (typeof REDRAFT_FORMS)[number];

/** One measure of a handling act: a form applied to provisions (`pathKeys`), or to the whole document (empty). */
export interface HandlingMeasure {
  [key: string]: CaseJson;
  form: HandlingForm;
  pathKeys: string[];
}

const MEASURES_MAX = 50;

/**
 * Basis, format and technique errors are corrected, never repealed or suspended; unlawful content,
 * competence, procedure, effective date or secrecy is never merely corrected (Decree 79 Art. 23,
 * Decree 78 Art. 9).
 */
export function formFits(form: HandlingForm, kind: FindingKind): boolean {
  return kind === 'BASIS_OR_FORMAT_ERROR' ? form === 'correct' : form !== 'correct';
}

/** Reads `measures: [{ form, pathKeys? }]`; provisions are checked against the document where they are (the API). */
export function readMeasures(reader: PayloadReader, field = 'measures'): HandlingMeasure[] {
  return reader.list(field, 1, MEASURES_MAX, (entry) => {
    const form = entry.choice('form', HANDLING_FORMS);
    const pathKeys = entry.has('pathKeys') ? entry.texts('pathKeys', 1, 200, 200) : [];
    if (form === 'replace' && pathKeys.length > 0) entry.fail('pathKeys', 'must be left out: a replacement replaces the whole document (amend or repeal provisions instead)');
    return { form, pathKeys };
  });
}

/** Reads a list of form names (`requestedForms`); absent is empty when `min` is 0. */
export function readForms(reader: PayloadReader, field: string, min: number): HandlingForm[] {
  if (min === 0 && !reader.has(field)) return [];
  return reader.texts(field, min, HANDLING_FORMS.length, 32).filter((text, index): text is HandlingForm => {
    const known = (HANDLING_FORMS as readonly string[]).includes(text);
    if (!known) reader.fail(`${field}[${index}]`, `must be one of ${HANDLING_FORMS.join(', ')}`);
    return known;
  });
}

/** Same provision, or one contains the other; null is the whole document. */
function related(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

function where(pathKey: string | null): string {
  return pathKey ?? 'the whole document';
}

/**
 * Why `measures` do not handle `findings` (empty when they do): every measure must act on the
 * provisions of a finding its form fits, and every finding must be handled by a fitting measure
 * (a finding on the whole document by a measure on the whole document).
 */
export function measureFitProblems(findings: readonly InspectionFinding[], measures: readonly HandlingMeasure[], field = 'measures'): FieldError[] {
  const problems: FieldError[] = [];
  const keysOf = (measure: HandlingMeasure): (string | null)[] => (measure.pathKeys.length === 0 ? [null] : measure.pathKeys);
  measures.forEach((measure, index) => {
    const addressed = findings.filter((finding) => keysOf(measure).some((key) => related(key, finding.pathKey)));
    if (addressed.length === 0) {
      problems.push({ field: `${field}[${index}].pathKeys`, message: `${measure.pathKeys.join(', ')} carry no finding; a measure acts on the provisions the conclusion found at fault` });
    } else if (!addressed.some((finding) => formFits(measure.form, finding.kind))) {
      const kinds = [...new Set(addressed.map((finding) => finding.kind))].join(', ');
      problems.push({ field: `${field}[${index}].form`, message: `${measure.form} (${HANDLING_FORM_LABELS[measure.form]}) does not fit the finding(s) ${kinds}: ${fitHint(addressed[0].kind)}` });
    }
  });
  findings.forEach((finding, index) => {
    const handled = measures.some(
      (measure) => formFits(measure.form, finding.kind) && (measure.pathKeys.length === 0 || (finding.pathKey !== null && measure.pathKeys.some((key) => related(key, finding.pathKey)))),
    );
    if (!handled) problems.push({ field, message: `finding ${index + 1} (${finding.kind} on ${where(finding.pathKey)}) is handled by no measure: ${fitHint(finding.kind)}` });
  });
  return problems;
}

/** Why requested forms do not fit any finding (the conclusion's demand, Decree 79 Art. 18(c)). */
export function requestedFormProblems(findings: readonly InspectionFinding[], forms: readonly HandlingForm[], field = 'requestedForms'): FieldError[] {
  return forms.flatMap((form, index) =>
    findings.some((finding) => formFits(form, finding.kind)) ? [] : [{ field: `${field}[${index}]`, message: `${form} (${HANDLING_FORM_LABELS[form]}) fits none of the findings` }],
  );
}

function fitHint(kind: FindingKind): string {
  return kind === 'BASIS_OR_FORMAT_ERROR'
    ? `«${FINDING_KIND_LABELS[kind]}» is corrected (correct), not repealed or suspended`
    : `«${FINDING_KIND_LABELS[kind]}» is suspended, repealed, amended or replaced, not corrected`;
}
