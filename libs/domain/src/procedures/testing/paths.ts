import { admin, appraiser, drafter, type Scenario } from './scenario';

/**
 * Common stretches of the procedure for specs, from an approved proposal to a submitted draft
 * (REFERENCE §4.1). Dates follow each other from August 2025.
 */
export function approvedWithVersion(scenario: Scenario): Scenario {
  return scenario
    .act(admin, { name: 'approveProposal', payload: { actRef: '1523/UBND-KT' } }, '2025-08-01')
    .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02');
}

export function consulted(scenario: Scenario): Scenario {
  return approvedWithVersion(scenario)
    .act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04')
    .act(drafter, { name: 'addComment', payload: { authorKind: 'public', text: 'Đề nghị làm rõ khái niệm cụm công nghiệp.', pathKey: 'dieu-2' } }, '2025-08-10')
    .expire('consultationPeriod')
    .act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC-88/SNN', commentCopiesRef: 'file-comments-1' } }, '2025-09-01');
}

export function appraisalRequested(scenario: Scenario): Scenario {
  return consulted(scenario).act(
    drafter,
    { name: 'requestAppraisal', payload: { dossier: [{ item: 'submission', ref: 'TTr-45/SNN' }] } },
    '2025-09-02',
  );
}

export function appraised(scenario: Scenario, conclusion: 'ELIGIBLE' | 'ELIGIBLE_WITH_REVISIONS' | 'NOT_ELIGIBLE' = 'ELIGIBLE_WITH_REVISIONS'): Scenario {
  return appraisalRequested(scenario)
    .act(appraiser, { name: 'acceptForAppraisal', payload: {} }, '2025-09-03')
    .act(
      appraiser,
      {
        name: 'submitAppraisalReport',
        payload: {
          reportRef: 'BC-210/STP',
          conclusion,
          items: [
            { id: 'a1', pathKey: 'dieu-3.khoan-2', text: 'Khoản 2 vượt thẩm quyền quy định chi tiết.', severity: 'major' },
            { id: 'a2', pathKey: null, text: 'Rà soát kỹ thuật trình bày.' },
          ],
        },
      },
      '2025-09-10',
    );
}

export function readyToSubmit(scenario: Scenario): Scenario {
  return appraised(scenario)
    .act(drafter, { name: 'addVersion', payload: { versionId: 'v2', versionNo: 2 } }, '2025-09-12')
    .act(
      drafter,
      {
        name: 'respondToAppraisal',
        payload: {
          responseReportRef: 'BC-95/SNN',
          responses: [
            { itemId: 'a1', response: 'accepted', note: 'Đã bỏ khoản 2.', versionNo: 2 },
            { itemId: 'a2', response: 'explained', note: 'Đã đúng mẫu theo Nghị định 78.' },
          ],
        },
      },
      '2025-09-13',
    );
}

export function submitted(scenario: Scenario): Scenario {
  return readyToSubmit(scenario).act(drafter, { name: 'submit', payload: {} }, '2025-09-15');
}
