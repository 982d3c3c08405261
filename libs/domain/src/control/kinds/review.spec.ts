import { type CaseOpening } from '../case-state';
import { applyCaseAction, openCase } from '../machine';
import { resolveControlSettings } from '../settings';
import { reviewCaseId } from './review';
import { on, refusal } from '../testing/case-spec-helpers';

const reviewer = { userId: 'u-2', roles: ['reviewer'] as const, agencyId: 'sxd' };
const opening: CaseOpening = {
  kind: 'review',
  caseId: reviewCaseId('doc-7', 'law-9'),
  documentId: 'doc-7',
  title: '20/2026/QĐ-UBND Quy định về quản lý xây dựng',
  assigneeAgencyId: 'sxd',
  source: { trigger: 'basisChange', relation: 'AMENDS', byDocumentId: 'law-9' },
  input: {
    trigger: 'basisChange',
    changedDocumentId: 'law-1',
    affectedProvisions: ['d2', 'd5.k1'],
    overlaps: [{ pathKey: 'd5.k1', changedDocumentId: 'law-1', changedPathKey: 'd12.k3', class: 'overlap', scorePercent: 74 }],
    targetFixDate: '2026-07-01',
  },
};

describe('review cases (rà soát, REFERENCE §4.10)', () => {
  const opened = () => openCase(opening, on('2026-06-01'), resolveControlSettings());

  it('opens with the provisions concerned, the overlaps and a due date of reviewDays', () => {
    const { state, effects } = opened();
    expect(state).toMatchObject({
      caseId: 'review-doc-7-law-9',
      status: 'OPEN',
      data: { trigger: 'basisChange', changedDocumentId: 'law-1', affectedProvisions: ['d2', 'd5.k1'], targetFixDate: '2026-07-01', findings: [], recommendedForm: null },
    });
    expect(effects[0]).toEqual({
      kind: 'setDeadline',
      id: 'deadline-1',
      label: 'Rà soát văn bản',
      rule: { days: 30, unit: 'calendar', fromDate: '2026-06-01', beforeDate: null, periodRule: 'calendarDaysAfter' },
      remindWorkingDaysBefore: [2],
    });
    expect(openCase(opening, on('2026-06-01'), resolveControlSettings({ reviewDays: 45 })).effects[0]).toMatchObject({ rule: { days: 45 } });
  });

  it('needs only the trigger (petitions and campaigns open it with less)', () => {
    const { state } = openCase({ ...opening, input: { trigger: 'petition' } }, on('2026-06-01'), resolveControlSettings());
    expect(state.data).toEqual({ trigger: 'petition', changedDocumentId: null, affectedProvisions: [], overlaps: [], targetFixDate: null, reportRef: null, findings: [], recommendedForm: null });
  });

  it('refuses a bad opening, listing every field', () => {
    const error = refusal(() =>
      openCase({ ...opening, input: { trigger: 'whim', affectedProvisions: [''], overlaps: [{ pathKey: 'd1', scorePercent: 140 }], targetFixDate: '1/7/2026' } }, on('2026-06-01'), resolveControlSettings()),
    );
    expect(error).toMatchObject({ code: 'CASE_INPUT_INVALID' });
    expect(error.details.fieldErrors?.map((e) => e.field)).toEqual([
      'input.trigger',
      'input.affectedProvisions[0]',
      'input.overlaps[0].changedPathKey',
      'input.overlaps[0].class',
      'input.overlaps[0].scorePercent',
      'input.targetFixDate',
    ]);
  });

  it('closes without change when every provision is kept', () => {
    const { state, effects } = applyCaseAction(opened().state, 'recordResult', { reportRef: 'BC-RS-1', findings: [{ pathKey: 'd2', result: 'keep' }] }, reviewer, on('2026-06-10'));
    expect(state).toMatchObject({ status: 'CLOSED', outcome: 'noChange', closedOn: '2026-06-10', deadline: null, data: { reportRef: 'BC-RS-1', recommendedForm: null } });
    expect(effects.map((effect) => effect.kind)).toEqual(['clearDeadline', 'notify', 'finish']);
  });

  it('records per-provision results and opens handling with the recommended form', () => {
    const findings = [
      { pathKey: 'd2', result: 'keep' },
      { pathKey: 'd5.k1', result: 'amend', ground: 'CONTRADICTS', note: 'Mức phí khác với khoản 3 Điều 12 đã sửa đổi.' },
      { pathKey: null, result: 'correct', ground: 'BASIS_CITATION' },
    ];
    const { state, effects } = applyCaseAction(opened().state, 'recordResult', { reportRef: 'BC-RS-2', findings, recommendedForm: 'amend' }, reviewer, on('2026-06-12'));
    expect(state).toMatchObject({ status: 'HANDLING', outcome: 'handlingOpened', data: { recommendedForm: 'amend', findings: [{ ground: null, note: null }, { ground: 'CONTRADICTS' }, { pathKey: null }] } });
    expect(effects.find((effect) => effect.kind === 'openCase')).toEqual({
      kind: 'openCase',
      opening: {
        kind: 'handling',
        caseId: 'handling-review-doc-7-law-9',
        documentId: 'doc-7',
        title: opening.title,
        assigneeAgencyId: 'sxd',
        source: { caseId: 'review-doc-7-law-9', kind: 'review', reportRef: 'BC-RS-2', recommendedForm: 'amend', changedDocumentId: 'law-1' },
        input: {
          findings: [
            { pathKey: 'd5.k1', kind: 'UNLAWFUL_CONTENT', description: 'Rà soát: trái với văn bản là căn cứ; đề xuất amend. Mức phí khác với khoản 3 Điều 12 đã sửa đổi.' },
            { pathKey: null, kind: 'BASIS_OR_FORMAT_ERROR', description: 'Rà soát: căn cứ ban hành đã thay đổi; đề xuất correct' },
          ],
          conclusionRef: 'BC-RS-2',
          conclusionDate: '2026-06-12',
          requestedForms: ['amend'],
        },
      },
    });
  });

  it('refuses results without grounds or form, a form with nothing to handle, other agencies and a second result', () => {
    const state = opened().state;
    const invalid = refusal(() => applyCaseAction(state, 'recordResult', { findings: [{ pathKey: 'd2', result: 'repealPart' }, { result: 'later' }] }, reviewer, on('2026-06-10')));
    expect(invalid.details.fieldErrors?.map((e) => e.field)).toEqual(['reportRef', 'findings[0].ground', 'findings[1].result', 'recommendedForm']);
    const needless = refusal(() => applyCaseAction(state, 'recordResult', { reportRef: 'BC', findings: [{ result: 'keep' }], recommendedForm: 'replace' }, reviewer, on('2026-06-10')));
    expect(needless.details.fieldErrors).toEqual([{ field: 'recommendedForm', message: 'must be absent when every provision is kept' }]);
    expect(refusal(() => applyCaseAction(state, 'recordResult', { reportRef: 'BC', findings: [] }, reviewer, on('2026-06-10'))).details.fieldErrors).toEqual([
      { field: 'findings', message: 'must have from 1 to 500 entries' },
    ]);
    expect(refusal(() => applyCaseAction(state, 'recordResult', { reportRef: 'BC', findings: [{ result: 'keep' }] }, { ...reviewer, agencyId: 'stc' }, on('2026-06-10')))).toMatchObject({
      code: 'ACTION_FORBIDDEN',
    });
    const closed = applyCaseAction(state, 'recordResult', { reportRef: 'BC', findings: [{ result: 'keep' }] }, reviewer, on('2026-06-10')).state;
    expect(refusal(() => applyCaseAction(closed, 'recordResult', { reportRef: 'BC', findings: [{ result: 'keep' }] }, reviewer, on('2026-06-11')))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
  });
});
