import { allowedActions } from './machine/access';
import { appraisalRequested, appraised, consulted } from './testing/paths';
import { appraiser, drafter, refusalOf, Scenario } from './testing/scenario';

const decision = () => Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28');

describe('appraisal by the Department of Justice (thẩm định)', () => {
  it('loops a draft found not eligible back to drafting, and re-appraises it only after a new version', () => {
    const scenario = appraised(decision(), 'NOT_ELIGIBLE');
    expect(scenario.state.state).toBe('DRAFTING');
    expect(scenario.state.appraisal.current).toMatchObject({ round: 1, status: 'notEligible', versionNo: 1 });
    expect(allowedActions(scenario.state, drafter)).not.toContain('requestAppraisal');
    expect(refusalOf(() => scenario.act(drafter, { name: 'requestAppraisal', payload: {} }, '2025-09-11'))).toMatchObject({
      kind: 'invalid_state',
      code: 'ACTION_NOT_ALLOWED',
      details: { extensions: { reason: 'version 1 was found not eligible; add a new version before asking for a new appraisal' } },
    });

    scenario
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v2', versionNo: 2 } }, '2025-09-15')
      .act(drafter, { name: 'requestAppraisal', payload: {} }, '2025-09-16');
    expect(scenario.state.appraisal).toMatchObject({
      rounds: 2,
      current: { round: 2, status: 'requested', versionId: 'v2', versionNo: 2, report: null },
      past: [{ round: 1, status: 'notEligible', conclusion: 'NOT_ELIGIBLE', reportRef: 'BC-210/STP', items: 2, requestedOn: '2025-09-02' }],
    });
    expect(scenario.effectsOf('buildAppraisalPrecheck')).toEqual([{ kind: 'buildAppraisalPrecheck', documentId: 'doc-1', versionId: 'v2', round: 2 }]);

    scenario
      .act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-09-17')
      .act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC-230/STP', conclusion: 'ELIGIBLE', items: [] } }, '2025-09-24');
    expect(scenario.state.state).toBe('APPRAISED');
    expect(scenario.state.dossier.appraisalReport).toEqual(['BC-210/STP', 'BC-230/STP']);
  });

  it('returns an incomplete dossier to drafting and stops the appraisal clock', () => {
    const scenario = appraisalRequested(decision());
    expect(scenario.deadline('appraisal')).toMatchObject({ id: 'appraisal-2', status: 'running' });
    scenario.act(appraiser, { name: 'returnIncomplete', payload: { reasons: ['Thiếu báo cáo đánh giá thủ tục hành chính.', 'Tờ trình chưa ký.'] } }, '2025-09-03');
    expect(scenario.state.state).toBe('DRAFTING');
    expect(scenario.effectsOf('clearDeadline')).toEqual([{ kind: 'clearDeadline', id: 'appraisal-2', step: 'appraisal' }]);
    expect(scenario.state.appraisal.current).toMatchObject({ status: 'returned', returnReasons: ['Thiếu báo cáo đánh giá thủ tục hành chính.', 'Tờ trình chưa ký.'] });
    expect(scenario.state.lastReturn).toMatchObject({ by: 'doj', from: 'APPRAISAL_REQUESTED' });
    expect(allowedActions(scenario.state, drafter)).toContain('requestAppraisal');
  });

  it('refuses a request whose dossier lacks the submission memo, listing what is missing', () => {
    const scenario = consulted(decision());
    expect(refusalOf(() => scenario.act(drafter, { name: 'requestAppraisal', payload: {} }, '2025-09-02'))).toMatchObject({
      kind: 'invalid',
      code: 'DOSSIER_INCOMPLETE',
      message: 'The dossier is incomplete: Tờ trình.',
      details: { fieldErrors: [{ field: 'dossier.submission', message: 'Tờ trình is missing' }], extensions: { missing: ['submission'] } },
    });
    expect(scenario.state.state).toBe('FEEDBACK_INCORPORATED');
  });

  it('refuses an answer that leaves appraisal comments unanswered', () => {
    const scenario = appraised(decision()).act(drafter, { name: 'addVersion', payload: { versionId: 'v2', versionNo: 2 } }, '2025-09-12');
    const error = refusalOf(() =>
      scenario.act(
        drafter,
        { name: 'respondToAppraisal', payload: { responseReportRef: 'BC-95', responses: [{ itemId: 'a1', response: 'accepted', note: 'Đã sửa.' }] } },
        '2025-09-13',
      ),
    );
    expect(error).toMatchObject({
      kind: 'invalid',
      code: 'APPRAISAL_ITEMS_UNANSWERED',
      details: { fieldErrors: [{ field: 'responses[itemId=a2]', message: 'is not answered' }], extensions: { unanswered: ['a2'] } },
    });
  });

  it('refuses accepted comments that no new version carries', () => {
    const scenario = appraised(decision());
    const error = refusalOf(() =>
      scenario.act(
        drafter,
        {
          name: 'respondToAppraisal',
          payload: {
            responseReportRef: 'BC-95',
            responses: [
              { itemId: 'a1', response: 'accepted', note: '' },
              { itemId: 'a2', response: 'explained', note: 'Giữ nguyên.' },
            ],
          },
        },
        '2025-09-13',
      ),
    );
    expect(error).toMatchObject({ code: 'REVISED_VERSION_REQUIRED' });
  });

  it('refuses unknown, duplicate and unexplained answers field by field', () => {
    const scenario = appraised(decision()).act(drafter, { name: 'addVersion', payload: { versionId: 'v2', versionNo: 2 } }, '2025-09-12');
    const error = refusalOf(() =>
      scenario.act(
        drafter,
        {
          name: 'respondToAppraisal',
          payload: {
            responseReportRef: 'BC-95',
            responses: [
              { itemId: 'a1', response: 'explained', note: ' ' },
              { itemId: 'a1', response: 'accepted', note: 'x', versionNo: 9 },
              { itemId: 'zz', response: 'accepted', note: 'x' },
            ],
          },
        },
        '2025-09-13',
      ),
    );
    expect(error.code).toBe('ACTION_PAYLOAD_INVALID');
    expect(error.details.fieldErrors).toEqual([
      { field: 'responses[0].note', message: 'is required' },
      { field: 'responses[1].versionNo', message: 'no version 9 has been added' },
      { field: 'responses[1].itemId', message: 'comment "a1" is answered twice' },
      { field: 'responses[2].itemId', message: 'no appraisal comment has the id "zz"' },
    ]);
  });

  it('refuses a report that is not eligible without comments, or with duplicate comment ids', () => {
    const scenario = appraisalRequested(decision()).act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-09-03');
    expect(
      refusalOf(() => scenario.act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC', conclusion: 'NOT_ELIGIBLE', items: [] } }, '2025-09-10')),
    ).toMatchObject({ details: { fieldErrors: [{ field: 'items', message: 'a NOT_ELIGIBLE report must list the comments behind it' }] } });
    const duplicate = { id: 'x', pathKey: null, text: 'Nhận xét.' };
    expect(
      refusalOf(() =>
        scenario.act(appraiser, { name: 'submitAppraisalReport', payload: { reportRef: 'BC', conclusion: 'ELIGIBLE', items: [duplicate, duplicate] } }, '2025-09-10'),
      ),
    ).toMatchObject({ details: { fieldErrors: [{ field: 'items[1].id', message: 'duplicates the id "x"' }] } });
  });

  it('refuses a complex-draft extension outside the simplified procedure', () => {
    const scenario = appraisalRequested(decision());
    expect(refusalOf(() => scenario.act(appraiser, { name: 'acceptForAppraisal', payload: { complex: true } }, '2025-09-03'))).toMatchObject({
      code: 'ACTION_PAYLOAD_INVALID',
      details: { fieldErrors: [{ field: 'complex' }] },
    });
  });
});
