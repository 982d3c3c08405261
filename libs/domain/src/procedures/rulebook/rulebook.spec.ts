import { REGIME_VERSIONS } from '../../documents';
import { type Sourced } from './sources';
import { DEFAULT_PROCEDURE_SETTINGS, resolveProcedureSettings, SETTING_KEYS } from '../settings';
import { PROCEDURE_DOC_TYPES, PROCEDURES } from '../vocabulary';
import { describeRulebook } from './describe-rulebook';
import { rulebookFor, ruleSetOf } from './rulebook-for';
import { refusalOf } from '../testing/scenario';

const everyBook = REGIME_VERSIONS.flatMap((regime) =>
  PROCEDURE_DOC_TYPES.flatMap((docType) =>
    PROCEDURES.filter(() => docType !== 'CHAIR_DECISION' || regime === 'LAW64_87_2025').map((procedure) => rulebookFor(regime, docType, procedure)),
  ),
);

describe('rulebookFor', () => {
  it('runs LAW64_2025 on the 2025 rules and LAW80_2015 on the 2020 ones', () => {
    expect(REGIME_VERSIONS.map(ruleSetOf)).toEqual(['LAW80_63_2020', 'LAW80_63_2020', 'LAW64_87_2025', 'LAW64_87_2025']);
  });

  it('tags every legal value with its source and confidence', () => {
    const sourced = (value: Sourced | null) => value === null || (value.source.length > 0 && ['C', 'S', 'K', 'U', 'design'].includes(value.confidence));
    for (const book of everyBook) {
      const parts = [book.proposal, book.simplified, book.consultation, book.mandatoryConsultation, book.appraisal, book.vetting, book.adoption, book.dossier, book.signing, book.effectiveDate, book.publication, ...book.deadlines];
      expect(parts.every(sourced)).toBe(true);
    }
    expect(everyBook).toHaveLength(18);
  });

  it('reads the unconfirmed values from settings, and marks them', () => {
    const book = rulebookFor('LAW64_87_2025', 'COMMITTEE_DECISION', 'normal', { consultationMinDays: 30, appraisalDays: 15 });
    expect(book.consultation).toMatchObject({ required: true, minDays: 30, confidence: 'U', setting: 'consultationMinDays' });
    expect(book.deadlines.find((rule) => rule.step === 'appraisal')).toMatchObject({ days: 15, anchor: { kind: 'after', event: 'appraisalRequested' }, setting: 'appraisalDays' });
    expect(rulebookFor('LAW64_87_2025', 'COMMITTEE_DECISION', 'normal').consultation.minDays).toBe(20);
  });

  it('holds the confirmed and summarised values of REFERENCE', () => {
    const chair = rulebookFor('LAW64_87_2025', 'CHAIR_DECISION', 'normal');
    expect(chair.consultation).toMatchObject({ minDays: 10, confidence: 'S' });
    expect(chair.mandatoryConsultation).toMatchObject({ consultees: ['finance', 'homeAffairs', 'justice', 'scienceTechnology'], replyDays: 7 });
    expect(chair.appraisal).toBeNull();
    expect(rulebookFor('LAW64_87_2025', 'CHAIR_DECISION', 'simplified').mandatoryConsultation?.replyDays).toBe(3);

    const simplified = rulebookFor('LAW64_87_2025', 'COUNCIL_RESOLUTION', 'simplified');
    expect(simplified.deadlines.filter((rule) => rule.step === 'appraisal' || rule.step === 'vetting').map((rule) => [rule.step, rule.days, rule.complexDays])).toEqual([
      ['appraisal', 7, 15],
      ['vetting', 7, 15],
    ]);
    expect(simplified.effectiveDate).toMatchObject({ minDaysAfter: 0, from: 'adoption', confidence: 'C' });
    expect(simplified.simplified?.grounds.map((ground) => ground.letter)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e']);

    const decision2025 = rulebookFor('LAW64_87_2025', 'COMMITTEE_DECISION', 'normal');
    expect(decision2025.effectiveDate).toMatchObject({ minDaysAfter: 10, from: 'signing', source: 'Law 64/2025 Art. 53(1) (REFERENCE §4.6)' });
    expect(decision2025.adoption).toMatchObject({ by: 'committee', threshold: 'moreThanHalfOfMembers' });
    expect(decision2025.signing).toMatchObject({ capacities: ['TM', 'KT'], numberTypeCode: 'QĐ', numberIssuerCodes: ['UBND'] });
    expect(decision2025.deadlines.find((rule) => rule.step === 'gazette')).toMatchObject({ days: 3, confidence: 'C' });
    expect(decision2025.deadlines.find((rule) => rule.step === 'nationalDatabase')).toMatchObject({ days: 2, unit: 'working' });

    const decision2020 = rulebookFor('LAW80_63_2020', 'COMMITTEE_DECISION', 'normal');
    expect(decision2020.consultation.minDays).toBe(30);
    expect(decision2020.deadlines.filter((rule) => rule.anchor.kind === 'before').map((rule) => [rule.step, rule.days])).toEqual([
      ['dossierToDoj', 20],
      ['appraisal', 10],
    ]);
  });

  it('lists the dossier per stage, with the conditions REFERENCE §4.1 gives', () => {
    const book = rulebookFor('LAW64_87_2025', 'COUNCIL_RESOLUTION', 'normal');
    expect(book.dossier.appraisal).toEqual([
      { item: 'submission', when: 'always' },
      { item: 'draft', when: 'always' },
      { item: 'feedbackReport', when: 'consultationHeld' },
      { item: 'commentCopies', when: 'commentsReceived' },
      { item: 'policyImpactAssessment', when: 'policyBearing' },
      { item: 'comparisonTable', when: 'amendsOrReplaces' },
    ]);
    expect(book.dossier.submission.slice(-2).map((requirement) => requirement.item)).toEqual(['appraisalReport', 'appraisalResponse']);
    expect(book.dossier.session.at(-1)).toEqual({ item: 'vettingReport', when: 'always' });
    expect(rulebookFor('LAW64_87_2025', 'COMMITTEE_DECISION', 'normal').dossier.session).toEqual([]);
  });

  it('lists the states of each procedure and who moves the draft on from each', () => {
    const steps = rulebookFor('LAW64_87_2025', 'COMMITTEE_DECISION', 'normal').steps;
    expect(steps.map((step) => step.state)).toEqual([
      'PROPOSED', 'DRAFTING', 'CONSULTATION', 'FEEDBACK_INCORPORATED', 'APPRAISAL_REQUESTED', 'UNDER_APPRAISAL', 'APPRAISED', 'READY_TO_SUBMIT',
      'SUBMITTED', 'ON_COMMITTEE_AGENDA', 'WRITTEN_CONSULTATION', 'ADOPTED', 'ISSUED', 'PUBLISHED', 'IN_FORCE', 'REJECTED', 'WITHDRAWN',
    ]);
    expect(steps.find((step) => step.state === 'ON_COMMITTEE_AGENDA')?.moves).toEqual([
      { action: 'recordVote', by: ['committee'] },
      { action: 'withdraw', by: ['draftingAgency', 'office'] },
    ]);
    const chairSteps = rulebookFor('LAW64_87_2025', 'CHAIR_DECISION', 'normal').steps;
    expect(chairSteps.map((step) => step.state)).not.toContain('UNDER_APPRAISAL');
    expect(chairSteps.find((step) => step.state === 'SUBMITTED')?.moves.map((move) => move.action)).toEqual(['returnIncomplete', 'recordChairDecision', 'withdraw']);
  });

  it('refuses an unknown key and a Chair decision before 01/07/2025', () => {
    expect(refusalOf(() => rulebookFor('LAW64_2025', 'CHAIR_DECISION', 'normal'))).toMatchObject({ code: 'PROCEDURE_NOT_AVAILABLE' });
    expect(refusalOf(() => rulebookFor('LAW99' as never, 'COMMITTEE_DECISION', 'fast' as never))).toMatchObject({
      code: 'PROCEDURE_KEY_INVALID',
      details: { fieldErrors: [{ field: 'regime' }, { field: 'procedure' }] },
    });
  });
});

describe('procedure settings', () => {
  it('document every setting with its default, source and confidence', () => {
    for (const key of SETTING_KEYS) {
      const descriptor = DEFAULT_PROCEDURE_SETTINGS[key];
      expect(descriptor.description.length).toBeGreaterThan(20);
      expect(descriptor.source.length).toBeGreaterThan(5);
    }
    expect(SETTING_KEYS.filter((key) => DEFAULT_PROCEDURE_SETTINGS[key].confidence === 'U')).toEqual([
      'consultationMinDays',
      'dossierToDojLeadDays',
      'appraisalDays',
      'simplifiedAppraisalDays2020',
      'simplifiedVettingDays2020',
      'vettingLeadDays',
      'councilSubmissionLeadDays',
      'chairDecisionRequiresAppraisal',
      'chairDecisionIssuerCodes',
    ]);
  });

  it('refuse unknown keys and values out of range', () => {
    const error = refusalOf(() => resolveProcedureSettings({ consultationMinDays: 0, chairDecisionIssuerCodes: [], colour: 'red' } as never));
    expect(error).toMatchObject({ code: 'PROCEDURE_SETTINGS_INVALID' });
    expect(error.details.fieldErrors?.map((fieldError) => fieldError.field)).toEqual([
      'settings.consultationMinDays',
      'settings.chairDecisionIssuerCodes',
      'settings.colour',
    ]);
  });
});

describe('describeRulebook', () => {
  it('is JSON with labels and the settings in force', () => {
    const description = describeRulebook('LAW64_87_2025', 'CHAIR_DECISION', 'normal', { chairDecisionIssuerCodes: ['UBND'] });
    expect(JSON.parse(JSON.stringify(description))).toStrictEqual(description);
    expect(description.labels.docType).toBe('Quyết định của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(description.labels.performers.councilStandingCommittee).toEqual({ label: 'Thường trực Hội đồng nhân dân tỉnh', recordedBy: ['admin'] });
    expect(description.signing.numberIssuerCodes).toEqual(['UBND']);
    expect(description.settings.find((setting) => setting.key === 'chairDecisionIssuerCodes')).toMatchObject({
      value: ['UBND'],
      default: ['CTUBND'],
      confidence: 'U',
    });
  });
});
