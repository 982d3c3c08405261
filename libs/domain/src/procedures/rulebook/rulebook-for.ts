import { REGIME_VERSIONS, type RegimeVersion } from '../../documents';
import { DomainError, type FieldError } from '../../errors';
import { resolveProcedureSettings, type ProcedureSettings } from '../settings';
import { PROCEDURE_DOC_TYPES, PROCEDURES, type Procedure, type ProcedureDocType } from '../vocabulary';
import { deadlineRules } from './deadline-rules';
import { type DossierRequirement } from './dossier-items';
import { stepsOf } from './moves';
import { SIMPLIFIED_GROUNDS_2020, SIMPLIFIED_GROUNDS_2025 } from './simplified-grounds';
import { type Sourced } from './sources';
import { type Rulebook, type RuleSet } from './types';

/**
 * LAW64_2025 (01/04–30/06/2025) runs on the 2025 rules and LAW80_2015 on the 2020 ones: REFERENCE
 * (§0.1, §4.1) gives no separate values for them.
 */
export function ruleSetOf(regime: RegimeVersion): RuleSet {
  return regime === 'LAW64_2025' || regime === 'LAW64_87_2025' ? 'LAW64_87_2025' : 'LAW80_63_2020';
}

const LEGAL_BASIS: Readonly<Record<RuleSet, string>> = {
  LAW80_63_2020: 'Law 80/2015/QH13 as amended by Law 63/2020/QH14; Decree 34/2016/NĐ-CP as amended by Decrees 154/2020 and 59/2024',
  LAW64_87_2025: 'Law 64/2025/QH15 as amended by Law 87/2025/QH15; Decree 78/2025/NĐ-CP Chapter IV as amended by Decree 187/2025/NĐ-CP',
};

function checkKey(regime: RegimeVersion, docType: ProcedureDocType, procedure: Procedure): void {
  const problems: FieldError[] = [];
  if (!(REGIME_VERSIONS as readonly string[]).includes(regime)) problems.push({ field: 'regime', message: `must be one of ${REGIME_VERSIONS.join(', ')}` });
  if (!(PROCEDURE_DOC_TYPES as readonly string[]).includes(docType)) {
    problems.push({ field: 'docType', message: `must be one of ${PROCEDURE_DOC_TYPES.join(', ')}` });
  }
  if (!(PROCEDURES as readonly string[]).includes(procedure)) problems.push({ field: 'procedure', message: `must be one of ${PROCEDURES.join(', ')}` });
  if (problems.length > 0) throw new DomainError('invalid', 'PROCEDURE_KEY_INVALID', 'Unknown regime, document type or procedure.', { fieldErrors: problems });
  // Law 87/2025 created the Chair's normative decision with effect from 01/07/2025 (REFERENCE §1, §2.1 [C]).
  if (docType === 'CHAIR_DECISION' && regime !== 'LAW64_87_2025') {
    const message = `A normative decision of the provincial Chairperson exists only since 01/07/2025 (Law 87/2025); regime ${regime} has none.`;
    throw new DomainError('invalid', 'PROCEDURE_NOT_AVAILABLE', message, { fieldErrors: [{ field: 'docType', message }] });
  }
}

function dossierSource(ruleSet: RuleSet, procedure: Procedure): Sourced {
  if (ruleSet === 'LAW80_63_2020') return { source: 'Law 80/2015 Art. 121(2) as consolidated in 2020 (REFERENCE §4.1)', confidence: 'C' };
  if (procedure === 'simplified') return { source: 'Decree 187/2025 Art. 59a (REFERENCE §4.1, §4.5)', confidence: 'S' };
  return { source: 'REFERENCE §4.1 list; the full 2025 list is in Decree 78 Chapter IV', confidence: 'U' };
}

function dossierRules(docType: ProcedureDocType, procedure: Procedure, appraisal: boolean) {
  const base: DossierRequirement[] = [
    { item: 'submission', when: 'always' },
    { item: 'draft', when: 'always' },
    { item: 'feedbackReport', when: 'consultationHeld' },
    { item: 'commentCopies', when: 'commentsReceived' },
    ...(docType === 'COUNCIL_RESOLUTION' && procedure === 'normal' ? [{ item: 'policyImpactAssessment', when: 'policyBearing' } as const] : []),
    { item: 'comparisonTable', when: 'amendsOrReplaces' },
  ];
  const submission: DossierRequirement[] = appraisal
    ? [...base, { item: 'appraisalReport', when: 'always' }, { item: 'appraisalResponse', when: 'always' }]
    : base;
  return {
    appraisal: appraisal ? base : [],
    submission,
    session: docType === 'COUNCIL_RESOLUTION' ? [...submission, { item: 'vettingReport', when: 'always' } as const] : [],
  };
}

function signingRules(docType: ProcedureDocType, settings: ProcedureSettings): Rulebook['signing'] {
  switch (docType) {
    case 'COUNCIL_RESOLUTION':
      return {
        by: 'councilChair',
        capacities: [null, 'KT'],
        numberTypeCode: 'NQ',
        numberIssuerCodes: ['HĐND'],
        source: 'REFERENCE §1 (the council Chairperson signs, ký chứng thực), §2.2 (NQ-HĐND)',
        confidence: 'K',
      };
    case 'COMMITTEE_DECISION':
      return {
        by: 'committeeChair',
        capacities: ['TM', 'KT'],
        numberTypeCode: 'QĐ',
        numberIssuerCodes: ['UBND'],
        source: 'REFERENCE §1 ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", deputies "KT. CHỦ TỊCH"), §2.2 (QĐ-UBND)',
        confidence: 'C',
      };
    case 'CHAIR_DECISION':
      return {
        by: 'committeeChair',
        capacities: [null, 'KT'],
        numberTypeCode: 'QĐ',
        numberIssuerCodes: [...settings.chairDecisionIssuerCodes],
        source: 'REFERENCE §1, §2.2: the Chairperson signs in own name; the number symbol is unconfirmed',
        confidence: 'U',
        setting: 'chairDecisionIssuerCodes',
      };
  }
}

function adoptionRules(docType: ProcedureDocType, ruleSet: RuleSet): Rulebook['adoption'] {
  switch (docType) {
    case 'COMMITTEE_DECISION':
      return {
        by: 'committee',
        kind: 'committeeVote',
        threshold: 'moreThanHalfOfMembers',
        source: 'Law 80/2015 Art. 132(2) (REFERENCE §4.2): more than half of the committee members, at a meeting or by written consultation',
        confidence: ruleSet === 'LAW80_63_2020' ? 'C' : 'K',
      };
    case 'COUNCIL_RESOLUTION':
      return {
        by: 'council',
        kind: 'councilVote',
        threshold: 'moreThanHalfOfMembers',
        source: 'REFERENCE §1, §4.3: adopted at a session by more than half of all delegates (Local Government Law)',
        confidence: 'K',
      };
    case 'CHAIR_DECISION':
      return { by: 'committeeChair', kind: 'chairDecision', threshold: null, source: 'Decree 187/2025 Art. 51a (REFERENCE §4.4)', confidence: 'S' };
  }
}

function appraisalRules(docType: ProcedureDocType, ruleSet: RuleSet, settings: ProcedureSettings): Rulebook['appraisal'] {
  if (docType === 'CHAIR_DECISION') {
    return settings.chairDecisionRequiresAppraisal
      ? { by: 'doj', source: 'REFERENCE §4.4, §8.1(3)', confidence: 'U', setting: 'chairDecisionRequiresAppraisal' }
      : null;
  }
  return ruleSet === 'LAW80_63_2020'
    ? { by: 'doj', source: 'Law 80/2015 Art. 121, 130 (REFERENCE §4.1)', confidence: 'C' }
    : { by: 'doj', source: 'Decree 78/2025 Chapter IV (REFERENCE §4.1)', confidence: 'S' };
}

/**
 * The rules for one draft: regime, document type and procedure, with the configurable values read
 * from `settings` (defaults: `DEFAULT_PROCEDURE_SETTINGS`). Throws `PROCEDURE_NOT_AVAILABLE` (422)
 * for a Chair decision before 01/07/2025.
 */
export function rulebookFor(
  regime: RegimeVersion,
  docType: ProcedureDocType,
  procedure: Procedure,
  settings: Partial<ProcedureSettings> = {},
): Rulebook {
  checkKey(regime, docType, procedure);
  const resolved = resolveProcedureSettings(settings);
  const ruleSet = ruleSetOf(regime);
  const appraisal = appraisalRules(docType, ruleSet, resolved);
  const deadlines = deadlineRules({ ruleSet, docType, procedure, appraisal: appraisal !== null, settings: resolved });
  const posting = deadlines.find((rule) => rule.step === 'consultationPeriod')!;
  const replies = deadlines.find((rule) => rule.step === 'consulteeReplies');
  const simplified = procedure === 'simplified';
  const grounds = ruleSet === 'LAW64_87_2025' ? SIMPLIFIED_GROUNDS_2025 : SIMPLIFIED_GROUNDS_2020;
  return {
    regime,
    ruleSet,
    docType,
    procedure,
    legalBasis: LEGAL_BASIS[ruleSet],
    issuer: docType === 'COUNCIL_RESOLUTION' ? 'council' : docType === 'COMMITTEE_DECISION' ? 'committee' : 'committeeChair',
    proposal:
      docType === 'COUNCIL_RESOLUTION'
        ? { approvedBy: 'councilStandingCommittee', source: 'REFERENCE §1, §4.1, §4.3; 2025 proposal stage unconfirmed (§8.1(4))', confidence: 'K' }
        : docType === 'COMMITTEE_DECISION'
          ? { approvedBy: 'committeeChair', source: 'REFERENCE §4.1; 2025 proposal stage unconfirmed (§8.1(4))', confidence: 'K' }
          : { approvedBy: 'committeeChair', source: 'Decree 187/2025 Art. 51a (REFERENCE §4.4)', confidence: 'S' },
    simplified: simplified
      ? {
          approvedBy: docType === 'COUNCIL_RESOLUTION' ? 'councilStandingCommittee' : 'committeeChair',
          grounds: grounds.grounds.map((ground) => ({ ...ground })),
          source: `${grounds.source}; approval: Law 64/2025 Art. 50(2), local part (REFERENCE §4.5)`,
          confidence: 'U',
        }
      : null,
    consultation: {
      required: !simplified,
      minDays: posting.days,
      source: posting.source,
      confidence: posting.confidence,
      ...(posting.setting === undefined ? {} : { setting: posting.setting }),
    },
    mandatoryConsultation:
      replies === undefined
        ? null
        : {
            consultees: ['finance', 'homeAffairs', 'justice', 'scienceTechnology'],
            replyDays: replies.days,
            source: replies.source,
            confidence: replies.confidence,
          },
    appraisal,
    vetting: docType === 'COUNCIL_RESOLUTION' ? { by: 'councilCommittee', source: 'REFERENCE §1, §4.3 (NQ template)', confidence: 'C' } : null,
    adoption: adoptionRules(docType, ruleSet),
    dossier: { ...dossierRules(docType, procedure, appraisal !== null), ...dossierSource(ruleSet, procedure) },
    deadlines,
    signing: signingRules(docType, resolved),
    effectiveDate: {
      minDaysAfter: simplified ? 0 : 10,
      from: docType === 'COUNCIL_RESOLUTION' ? 'adoption' : 'signing',
      ...(ruleSet === 'LAW64_87_2025'
        ? { source: 'Law 64/2025 Art. 53(1) (REFERENCE §4.6)', confidence: 'C' as const }
        : { source: 'Law 80/2015 Art. 151 (REFERENCE §4.6)', confidence: simplified ? ('K' as const) : ('C' as const) }),
    },
    publication: {
      channels: simplified ? ['gazette', 'nationalDatabase', 'issuerPortal', 'massMedia'] : ['gazette', 'nationalDatabase'],
      immediate: simplified,
      source: 'Law 64/2025 Art. 9, Art. 53(1) (REFERENCE §4.5, §4.6)',
      confidence: ruleSet === 'LAW64_87_2025' ? 'C' : 'K',
    },
    steps: stepsOf({ docType, appraisal: appraisal !== null, mandatoryConsultation: replies !== undefined, deadlines }),
  };
}
