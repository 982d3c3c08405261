import { effectiveDateOf } from '../../documents';
import { flattenProvisions, type ParsedProvision } from '../../legal-text';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';

/** "Nghị quyết này có hiệu lực …", "Quyết định này có hiệu lực thi hành …". */
const STATEMENT = /(?:Nghị\s+quyết|Quyết\s+định|Quy\s+định|Văn\s+bản)\s+này\s+có\s+hiệu\s+lực/iu;
const ON_SIGNING = /^[^.;]*?hiệu\s+lực\s+(?:thi\s+hành\s+)?(?:kể\s+)?từ\s+ngày\s+(?:ký|thông\s+qua|ban\s+hành)/iu;

/**
 * The draft must say when it takes effect (a blank "ngày … tháng … năm" is normal in a draft);
 * "từ ngày ký" is lawful only under the simplified procedure or in special cases; a stated date
 * should be the planned one.
 */
export function effectiveDateFindings(provisions: readonly ParsedProvision[], plannedEffectiveDate: string | null): FindingDraft[] {
  const statement = findStatement(provisions);
  if (statement === null) {
    return [
      {
        category: 'drafting_technique',
        rule: 'effective_date_missing',
        severity: 'warning',
        pathKey: null,
        message: 'The draft has no "… này có hiệu lực …" provision; a document must state the day, month and year it takes effect.',
        details: {},
        legalReference: LEGAL_REFERENCES.effectiveDateStated,
        key: '',
      },
    ];
  }
  const { pathKey, text } = statement;
  if (ON_SIGNING.test(text)) {
    return [
      {
        category: 'drafting_technique',
        rule: 'effective_on_signing',
        severity: 'warning',
        pathKey,
        message:
          'The draft takes effect on the day it is adopted or signed; a local document takes effect no earlier than 10 days after ' +
          'adoption or signing, except under the simplified procedure or in special cases.',
        details: { statement: text.slice(0, 200) },
        legalReference: LEGAL_REFERENCES.effectiveDelay,
        key: '',
      },
    ];
  }
  const stated = effectiveDateOf(text, null);
  if (stated === null || plannedEffectiveDate === null || stated === plannedEffectiveDate) return [];
  return [
    {
      category: 'drafting_technique',
      rule: 'effective_date_mismatch',
      severity: 'warning',
      pathKey,
      message: `The draft states that it takes effect on ${stated}, but the planned effective date is ${plannedEffectiveDate}.`,
      details: { stated, planned: plannedEffectiveDate },
      legalReference: LEGAL_REFERENCES.effectiveDateStated,
      key: '',
    },
  ];
}

function findStatement(provisions: readonly ParsedProvision[]): { pathKey: string; text: string } | null {
  for (const node of flattenProvisions(provisions)) {
    const text = node.text.normalize('NFC');
    const match = STATEMENT.exec(text);
    if (match) return { pathKey: node.pathKey, text: text.slice(match.index) };
  }
  return null;
}
