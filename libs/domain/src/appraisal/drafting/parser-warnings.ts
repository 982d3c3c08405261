import type { ParseWarning, ParseWarningCode } from '../../legal-text';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';
import type { FindingSeverity } from '../types';

interface WarningRule {
  severity: FindingSeverity;
  legalReference: string;
  /** What the rule requires, appended to the parser's own sentence. */
  rule: string;
}

const RULES: Readonly<Record<ParseWarningCode, WarningRule>> = {
  numbering_gap: {
    severity: 'warning',
    legalReference: LEGAL_REFERENCES.structure,
    rule: 'Articles are numbered consecutively in Arabic numerals from "Điều 1", clauses consecutively within their article and points in Vietnamese alphabetical order.',
  },
  duplicate_number: {
    severity: 'warning',
    legalReference: LEGAL_REFERENCES.structure,
    rule: 'Each number may appear only once under its parent.',
  },
  point_order: {
    severity: 'warning',
    legalReference: LEGAL_REFERENCES.structure,
    rule: 'Points follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y.',
  },
  bullet_in_point: {
    severity: 'warning',
    legalReference: LEGAL_REFERENCES.points,
    rule: 'A point holds a single idea and may not use other symbols to list ideas; turn the items into points or clauses.',
  },
  missing_title: {
    severity: 'warning',
    legalReference: LEGAL_REFERENCES.structure,
    rule: 'Phần, Chương, Mục, Tiểu mục and Điều must have a title naming their main content.',
  },
  empty_article: {
    severity: 'warning',
    legalReference: LEGAL_REFERENCES.structure,
    rule: 'An article states a rule: complete it or remove it and renumber.',
  },
  unclosed_quote: {
    severity: 'warning',
    legalReference: LEGAL_REFERENCES.amendingLayout,
    rule: 'Quoted amending text must be closed so that the amended provision and its new wording are unambiguous; the structure after it may have been misread.',
  },
};

/** One finding per parser warning, with the rule it breaks. */
export function parserWarningFindings(warnings: readonly ParseWarning[]): FindingDraft[] {
  return warnings.map((warning) => {
    const rule = RULES[warning.code];
    return {
      category: 'drafting_technique',
      rule: `parser.${warning.code}`,
      severity: rule.severity,
      pathKey: warning.pathKey ?? null,
      message: `${warning.message} ${rule.rule}`,
      details: { code: warning.code, line: warning.line ?? null },
      legalReference: rule.legalReference,
      key: warning.message,
    };
  });
}
