import { appraisalRequested, appraised, consulted } from '../testing/paths';
import { Scenario } from '../testing/scenario';
import { describeState } from './describe-state';
import { historyOf } from './history-query';

const decision = (amendsOrReplaces = false) => Scenario.start({ docType: 'COMMITTEE_DECISION', amendsOrReplaces }, '2025-07-28');

describe('describeState', () => {
  it('shows the state, what each role may do, and the running deadlines with their labels', () => {
    const description = describeState(appraisalRequested(decision()).state);
    expect(description).toMatchObject({
      state: 'APPRAISAL_REQUESTED',
      stateLabel: 'Đã gửi hồ sơ thẩm định',
      docTypeLabel: 'Quyết định của Ủy ban nhân dân tỉnh',
      ruleSet: 'LAW64_87_2025',
      consultationMinDays: 20,
      allowedActions: {
        drafter: ['withdraw'],
        appraiser: ['acceptForAppraisal', 'returnIncomplete'],
        admin: ['planSchedule', 'withdraw'],
        reviewer: [],
        inspector: [],
      },
      deadlines: [{ id: 'appraisal-2', step: 'appraisal', label: 'Hạn Sở Tư pháp gửi báo cáo thẩm định', dueDate: '2025-09-12', status: 'running' }],
    });
  });

  it('shows the dossier item by item, with what each stage still lacks', () => {
    const { dossier } = describeState(consulted(decision(true)).state);
    expect(dossier.items).toEqual([
      { item: 'submission', label: 'Tờ trình', refs: [], present: false, requiredFor: ['appraisal', 'submission'] },
      { item: 'draft', label: 'Dự thảo', refs: ['v1'], present: true, requiredFor: ['appraisal', 'submission'] },
      { item: 'feedbackReport', label: 'Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý', refs: ['BC-88/SNN'], present: true, requiredFor: ['appraisal', 'submission'] },
      { item: 'commentCopies', label: 'Bản chụp ý kiến góp ý', refs: ['file-comments-1'], present: true, requiredFor: ['appraisal', 'submission'] },
      { item: 'comparisonTable', label: 'Bản so sánh dự thảo với văn bản được sửa đổi, thay thế', refs: [], present: false, requiredFor: ['appraisal', 'submission'] },
      { item: 'appraisalReport', label: 'Báo cáo thẩm định', refs: [], present: false, requiredFor: ['submission'] },
      { item: 'appraisalResponse', label: 'Báo cáo tiếp thu, giải trình ý kiến thẩm định', refs: [], present: false, requiredFor: ['submission'] },
    ]);
    expect(dossier.missing).toEqual({
      appraisal: ['submission', 'comparisonTable'],
      submission: ['submission', 'comparisonTable', 'appraisalReport', 'appraisalResponse'],
      session: [],
    });
  });

  it('shows the consultation and the appraisal comments awaiting an answer', () => {
    const description = describeState(appraised(decision()).state);
    expect(description.consultation).toMatchObject({ held: true, commentsTotal: 1, current: { periodDays: 20, periodEndsOn: '2025-08-25', closedOn: '2025-09-01' } });
    expect(description.appraisal.current?.report?.items.map((item) => [item.id, item.response])).toEqual([
      ['a1', null],
      ['a2', null],
    ]);
    expect(JSON.parse(JSON.stringify(description))).toStrictEqual(description);
  });
});

describe('historyOf', () => {
  it('returns every transition with actor, performer, from, to and a summary', () => {
    const { entries, total, dropped } = historyOf(appraisalRequested(decision()).state);
    expect(total).toBe(entries.length);
    expect(dropped).toBe(0);
    expect(entries.at(-1)).toEqual({
      seq: total,
      at: '2025-09-02T03:00:00.000Z',
      date: '2025-09-02',
      actor: { userId: 'u-drafter', roles: ['drafter'], agencyId: 'so-nong-nghiep' },
      performer: 'draftingAgency',
      event: 'requestAppraisal',
      from: 'FEEDBACK_INCORPORATED',
      to: 'APPRAISAL_REQUESTED',
      summary: 'Appraisal requested (round 1, version 1)',
      ref: null,
    });
  });
});
