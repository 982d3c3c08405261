import { type CaseOpening } from '../case-state';
import { applyCaseAction, openCase } from '../machine';
import { resolveControlSettings } from '../settings';
import { on, refusal } from '../testing/case-spec-helpers';

const inspector = { userId: 'u-1', roles: ['inspector'] as const, agencyId: 'stp' };
const opening: CaseOpening = {
  kind: 'inspection',
  caseId: 'inspection-doc-1',
  documentId: 'doc-1',
  title: '15/2026/QĐ-UBND Quy định …',
  assigneeAgencyId: 'stp',
  source: { openedBy: 'u-1' },
  input: { trigger: 'received', receivedDate: '2026-03-02' },
};
const findings = [
  { pathKey: 'd3.k2', kind: 'UNLAWFUL_CONTENT', description: 'Quy định thêm thủ tục hành chính.' },
  { pathKey: null, kind: 'BASIS_OR_FORMAT_ERROR', description: 'Căn cứ ban hành đã hết hiệu lực.' },
];
const conclusion = {
  sheetRef: 'PKT-07/STP',
  findings,
  conclusionRef: 'KL-12/KL-STP',
  conclusionDate: '2026-03-20',
  legalGrounds: [{ document: 'Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15', pathKey: 'd8' }],
  requestedForms: ['repeal', 'correct'],
  accountability: 'Kiểm điểm cơ quan chủ trì soạn thảo.',
};

describe('inspection by competence (kiểm tra theo thẩm quyền, REFERENCE §4.8)', () => {
  const opened = () => openCase(opening, on('2026-03-02'), resolveControlSettings()).state;

  it('opens on a document received, found or petitioned, and refuses any other trigger', () => {
    expect(opened()).toMatchObject({ kind: 'inspection', status: 'RECEIVED', data: { trigger: 'received', receivedDate: '2026-03-02', conclusion: null } });
    const bad = refusal(() => openCase({ ...opening, input: { trigger: 'rumour' } }, on('2026-03-02'), resolveControlSettings()));
    expect(bad.details.fieldErrors?.map((error) => error.field)).toEqual(['input.trigger', 'input.receivedDate']);
  });

  it('closes as lawful on a clean inspection sheet', () => {
    const assigned = applyCaseAction(opened(), 'assign', { inspectorUserId: 'u-7' }, inspector, on('2026-03-03')).state;
    const { state, effects } = applyCaseAction(assigned, 'recordConclusion', { sheetRef: 'PKT-01/STP', findings: [] }, inspector, on('2026-03-10'));
    expect(state).toMatchObject({ status: 'LAWFUL', outcome: 'lawful', data: { inspectorUserId: 'u-7', sheetRef: 'PKT-01/STP' } });
    expect(effects.some((effect) => effect.kind === 'openCase')).toBe(false);
  });

  it('records the conclusion’s contents (Decree 79 Art. 18) and opens the handling with them', () => {
    const { state, effects } = applyCaseAction(opened(), 'recordConclusion', conclusion, inspector, on('2026-03-21'));
    expect(state).toMatchObject({
      status: 'CONCLUDED',
      outcome: 'handlingOpened',
      data: {
        findings,
        conclusion: { ref: 'KL-12/KL-STP', date: '2026-03-20', requestedForms: ['repeal', 'correct'], handlingDueDate: '2026-04-19', accountability: 'Kiểm điểm cơ quan chủ trì soạn thảo.', reviewRecommendation: null },
      },
    });
    expect(effects.find((effect) => effect.kind === 'openCase')).toEqual({
      kind: 'openCase',
      opening: {
        kind: 'handling',
        caseId: 'handling-inspection-doc-1',
        documentId: 'doc-1',
        title: opening.title,
        assigneeAgencyId: 'stp',
        source: { caseId: 'inspection-doc-1', kind: 'inspection', conclusionRef: 'KL-12/KL-STP' },
        input: { findings, conclusionRef: 'KL-12/KL-STP', conclusionDate: '2026-03-20', requestedForms: ['repeal', 'correct'] },
      },
    });
  });

  it('refuses a conclusion without its contents, a requested form that fits no finding, and other roles', () => {
    const state = opened();
    const missing = refusal(() => applyCaseAction(state, 'recordConclusion', { sheetRef: 'PKT', findings, conclusionDate: '2026-04-30' }, inspector, on('2026-03-21')));
    expect(missing.details.fieldErrors?.map((error) => error.field)).toEqual(['conclusionRef', 'conclusionDate', 'legalGrounds', 'requestedForms']);
    const misfit = refusal(() => applyCaseAction(state, 'recordConclusion', { ...conclusion, findings: [findings[1]], requestedForms: ['correct', 'repeal'] }, inspector, on('2026-03-21')));
    expect(misfit).toMatchObject({ code: 'HANDLING_FORM_MISFIT', details: { fieldErrors: [{ field: 'requestedForms[1]' }] } });
    expect(refusal(() => applyCaseAction(state, 'recordConclusion', conclusion, { roles: ['drafter'], agencyId: 'stp' }, on('2026-03-21')))).toMatchObject({ code: 'ACTION_FORBIDDEN' });
  });
});
