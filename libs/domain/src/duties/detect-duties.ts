import { coveredPathKeys } from '../appraisal/delegation/delegation-scope';
import { detectDelegations, type DelegationKind } from '../appraisal/delegation/detect-delegations';
import { ownerContext, type OwnedProvision } from '../appraisal/delegation/owner-context';
import type { IssuerLevel } from '../documents/issuer-level';
import { nameKey } from '../documents/name-key';
import type { DocType } from '../legal-text/doc-types';
import { provisionEffectiveDates } from './provision-effective-dates';
import { ADDRESSEE_OF, type DutyAddressee } from './vocabulary';

export interface DutySourceProvision extends OwnedProvision {
  citationKey: string;
}

/** A stored document as detection needs it: who issued it, when it takes effect, its provisions in order. */
export interface DutySourceDocument {
  docType: DocType | null;
  issuerLevel: IssuerLevel | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  provisions: readonly DutySourceProvision[];
}

/** One duty: a provision of a central document asks the province's council, committee or chair to regulate. */
export interface DetectedDuty {
  pathKey: string;
  citationKey: string;
  addressee: DutyAddressee;
  kind: DelegationKind;
  /** What is to be regulated; several delegations to one addressee in one provision are joined. */
  subject: string;
  /** The delegating words as written ("Hội đồng nhân dân cấp tỉnh quy định chi tiết"). */
  phrases: string[];
  /** The provisions of the source the local document will detail ("… quy định chi tiết khoản 3 Điều này"). */
  coveredPathKeys: string[];
  /** The delegating provision's effective date: its own when the text sets one, else the document's. */
  dueDate: string | null;
  dueDateSource: 'provision' | 'document' | null;
}

export interface DetectDutiesOptions {
  /** The province this deployment serves ("tỉnh Bắc Giang"): delegations naming another province are not its duties. */
  provinceName?: string | null;
}

/**
 * Only central normative documents assign detailed regulation to the province (REFERENCE §4.13). A
 * consolidated text (VBHN) only repeats the provisions of the documents it consolidates, whose
 * own delegations are the duties.
 */
export function isDutySource(document: Pick<DutySourceDocument, 'docType' | 'issuerLevel'>): boolean {
  return document.issuerLevel === 'central' && document.docType !== 'CONSOLIDATED_TEXT';
}

/**
 * The duties a central document places on the province: one per (provision, addressee), from the
 * delegation detector of the appraisal pre-check. Delegations to the commune level, and to a named
 * province other than ours, are left out.
 */
export function detectDuties(document: DutySourceDocument, options: DetectDutiesOptions = {}): DetectedDuty[] {
  if (!isDutySource(document)) return [];
  const byPath = new Map(document.provisions.map((provision) => [provision.pathKey, provision]));
  const ownDates = provisionEffectiveDates(document.provisions, document.issuedDate);
  const province = options.provinceName ? provinceKey(options.provinceName) : null;
  const duties = new Map<string, DetectedDuty>();
  for (const provision of document.provisions) {
    const found = detectDelegations(provision.text, { owner: ownerContext(provision.pathKey, byPath) });
    for (const delegation of found) {
      if (delegation.level !== 'provincial') continue;
      const named = namedProvince(delegation.phrase);
      if (named !== null && province !== null && named !== province) continue;
      const addressee = ADDRESSEE_OF[delegation.assignee];
      const key = `${provision.pathKey}|${addressee}`;
      const covered = coveredPathKeys(delegation, provision.pathKey);
      const existing = duties.get(key);
      if (existing) {
        existing.subject = `${existing.subject}; ${delegation.subject}`;
        existing.phrases = [...new Set([...existing.phrases, delegation.phrase])];
        existing.coveredPathKeys = [...new Set([...existing.coveredPathKeys, ...covered])];
        continue;
      }
      const own = dateOf(provision.pathKey, ownDates);
      duties.set(key, {
        pathKey: provision.pathKey,
        citationKey: provision.citationKey,
        addressee,
        kind: delegation.kind,
        subject: delegation.subject,
        phrases: [delegation.phrase],
        coveredPathKeys: covered,
        dueDate: own ?? document.effectiveDate,
        dueDateSource: own !== null ? 'provision' : document.effectiveDate !== null ? 'document' : null,
      });
    }
  }
  return [...duties.values()];
}

/** The date set for the provision or its closest ancestor. */
function dateOf(pathKey: string, dates: ReadonlyMap<string, string>): string | null {
  const segments = pathKey.split('.');
  for (let end = segments.length; end > 0; end--) {
    const date = dates.get(segments.slice(0, end).join('.'));
    if (date !== undefined) return date;
  }
  return null;
}

/** "Ủy ban nhân dân thành phố Đà Nẵng quy định": the province named, as a name key; null for "cấp tỉnh". */
function namedProvince(phrase: string): string | null {
  const match = /(?:tỉnh|thành\s+phố)\s+((?:\p{Lu}[\p{L}\p{M}]*[\s-]*)+)/u.exec(phrase.normalize('NFC'));
  return match ? nameKey(match[1]) : null;
}

function provinceKey(name: string): string {
  return nameKey(name).replace(/^(tinh|thanh pho) /u, '');
}
