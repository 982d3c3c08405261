import { flattenProvisions, type ParsedProvision, type ProvisionLevel } from '../../legal-text';
import { intToRoman } from '../../legal-text/vietnamese';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';

const NAMES: Partial<Record<ProvisionLevel, string>> = {
  part: 'Phần', chapter: 'Chương', section: 'Mục', subsection: 'Tiểu mục', article: 'Điều', clause: 'Khoản', point: 'Điểm',
};

/** "5a", "2a", "IIa" (a letter after the number) or "a1" (a number after a point letter). */
const INSERTED = /^(?:\d+|[IVXLCDM]+)[a-zđ]$|^[a-zđ]\d+$/u;

/**
 * Numbering rules the parser does not flag: parts and chapters take Roman numerals and everything
 * else Arabic ones; inserted numbers ("Điều 5a", "điểm a1") are for provisions an amending document
 * adds to another one, never for a document's own provisions.
 */
export function numberingFindings(provisions: readonly ParsedProvision[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const node of flattenProvisions(provisions)) {
    const number = node.number;
    const name = NAMES[node.level];
    if (number === null || name === undefined) continue;
    const roman = node.level === 'part' || node.level === 'chapter';
    if (roman ? /^\d/u.test(number) : node.level !== 'point' && /^[IVXLCDM]+[a-zđ]?$/u.test(number)) {
      findings.push({
        category: 'drafting_technique',
        rule: roman ? 'roman_numeral_required' : 'arabic_numeral_required',
        severity: 'warning',
        pathKey: node.pathKey,
        message: roman
          ? `${name} ${number} is numbered with Arabic digits; parts and chapters are numbered with Roman numerals (${name} ${toRomanHint(number)}).`
          : `${name} ${number} is numbered with Roman numerals; only parts and chapters use Roman numerals, everything else Arabic digits.`,
        details: { level: node.level, number },
        legalReference: LEGAL_REFERENCES.numerals,
        key: node.pathKey,
      });
    }
    if (INSERTED.test(number)) {
      findings.push({
        category: 'drafting_technique',
        rule: 'inserted_numbering',
        severity: 'warning',
        pathKey: node.pathKey,
        message:
          `${name} ${number} carries an inserted number, which is reserved for provisions that an amending document adds to ` +
          'another document (inside quotation marks); a document numbers its own provisions consecutively.',
        details: { level: node.level, number },
        legalReference: LEGAL_REFERENCES.insertedNumbering,
        key: node.pathKey,
      });
    }
  }
  return findings;
}

function toRomanHint(number: string): string {
  return intToRoman(Number.parseInt(number, 10)) + number.replace(/^\d+/u, '');
}
