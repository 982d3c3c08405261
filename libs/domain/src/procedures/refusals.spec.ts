import { type DraftAction, type SignPayload } from './actions';
import { allowedActions } from './machine/access';
import { applyAction } from './machine/apply-action';
import { submitted } from './testing/paths';
import { admin, appraiser, drafter, on, otherDrafter, refusalOf, reviewer, Scenario } from './testing/scenario';

const sign: SignPayload = {
  number: '15/2025/QĐ-UBND',
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Chủ tịch',
  signingCapacity: 'TM',
  signedDate: '2025-10-02',
  effectiveDate: '2025-10-15',
};

function adopted(): Scenario {
  return submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'))
    .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-01' } }, '2025-09-20')
    .act(admin, { name: 'recordVote', payload: { inFavour: 20, members: 27, actRef: 'BB-12' } }, '2025-10-01');
}

function signing(payload: Partial<SignPayload>) {
  const scenario = adopted();
  return refusalOf(() => scenario.act(admin, { name: 'sign', payload: { ...sign, ...payload } }, '2025-10-02'));
}

describe('refusals', () => {
  const proposed = () => Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28');

  it('refuses an action out of order with the state and what the actor may do', () => {
    const error = refusalOf(() => proposed().act(drafter, { name: 'submit', payload: {} }, '2025-08-01'));
    expect(error).toMatchObject({
      kind: 'invalid_state',
      code: 'ACTION_NOT_ALLOWED',
      details: { extensions: { state: 'PROPOSED', action: 'submit', allowedActions: ['withdraw'] } },
    });
  });

  it('refuses the right action from the wrong role', () => {
    const error = refusalOf(() => proposed().act(drafter, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01'));
    expect(error).toMatchObject({
      kind: 'forbidden',
      code: 'ACTION_FORBIDDEN',
      details: { extensions: { allowedActions: ['withdraw'], performers: ['committeeChair'] } },
    });
    expect(refusalOf(() => proposed().act(reviewer, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01')).kind).toBe('forbidden');
  });

  it('refuses a drafter of another agency', () => {
    const scenario = proposed().act(admin, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01');
    expect(allowedActions(scenario.state, otherDrafter)).toEqual([]);
    expect(refusalOf(() => scenario.act(otherDrafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02'))).toMatchObject({
      kind: 'forbidden',
      code: 'ACTION_FORBIDDEN',
    });
    expect(refusalOf(() => scenario.act({ roles: ['drafter'], agencyId: null }, { name: 'withdraw', payload: { reason: 'x' } }, '2025-08-02')).kind).toBe(
      'forbidden',
    );
  });

  it('lists only what each actor may do now', () => {
    const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'));
    expect(allowedActions(scenario.state, drafter)).toEqual(['withdraw']);
    expect(allowedActions(scenario.state, admin)).toEqual(['planSchedule', 'returnIncomplete', 'scheduleDecision', 'withdraw']);
    expect(allowedActions(scenario.state, appraiser)).toEqual([]);
    expect(allowedActions(scenario.state, { roles: ['drafter', 'admin'], agencyId: drafter.agencyId })).toEqual([
      'planSchedule',
      'returnIncomplete',
      'scheduleDecision',
      'withdraw',
    ]);
  });

  it('refuses an unknown action and a malformed payload with field errors', () => {
    const state = proposed().state;
    expect(refusalOf(() => applyAction(state, { name: 'approve', payload: {} } as unknown as DraftAction, admin, on('2025-08-01')))).toMatchObject({
      kind: 'invalid',
      code: 'ACTION_UNKNOWN',
    });
    expect(refusalOf(() => applyAction(state, { name: 'approveProposal', payload: { actRef: 42 } } as unknown as DraftAction, admin, on('2025-08-01')))).toMatchObject({
      kind: 'invalid',
      code: 'ACTION_PAYLOAD_INVALID',
      details: { fieldErrors: [{ field: 'actRef', message: 'is required' }] },
    });
    expect(refusalOf(() => applyAction(state, { name: 'approveProposal', payload: { actRef: 'x' } }, admin, { instant: 'yesterday', date: '2025-13-01' }))).toMatchObject({
      code: 'MOMENT_INVALID',
      details: { fieldErrors: [{ field: 'at.instant' }, { field: 'at.date' }] },
    });
  });

  it('refuses a version number that does not increase', () => {
    const scenario = proposed()
      .act(admin, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01')
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v3', versionNo: 3 } }, '2025-08-02');
    expect(refusalOf(() => scenario.act(drafter, { name: 'addVersion', payload: { versionId: 'v2', versionNo: 2 } }, '2025-08-03'))).toMatchObject({
      details: { fieldErrors: [{ field: 'versionNo', message: 'must be greater than the latest version, 3' }] },
    });
  });

  it('refuses to close comments before the minimum posting period has passed', () => {
    const scenario = proposed()
      .act(admin, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01')
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02')
      .act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04');
    expect(refusalOf(() => scenario.act(drafter, { name: 'closeConsultation', payload: { feedbackReportRef: 'BC' } }, '2025-08-10'))).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
      details: { extensions: { reason: 'the minimum posting period of 20 days has not passed (it ends on 2025-08-25)' } },
    });
    expect(refusalOf(() => scenario.act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-10')).code).toBe('ACTION_NOT_ALLOWED');
  });

  it('refuses a posting period shorter than the minimum', () => {
    const scenario = proposed()
      .act(admin, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01')
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02');
    expect(refusalOf(() => scenario.act(drafter, { name: 'openConsultation', payload: { periodDays: 15 } }, '2025-08-04'))).toMatchObject({
      details: { fieldErrors: [{ field: 'periodDays', message: 'must be at least the minimum posting period of 20 days' }] },
    });
    scenario.act(drafter, { name: 'openConsultation', payload: { periodDays: 30 } }, '2025-08-04');
    expect(scenario.deadline('consultationPeriod')).toMatchObject({ days: 30, dueDate: '2025-09-03' });
  });

  it('lets only the drafting agency or the office enter comments of the public', () => {
    const scenario = proposed()
      .act(admin, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01')
      .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02')
      .act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04')
      .act(otherDrafter, { name: 'addComment', payload: { authorKind: 'agency', text: 'Sở Xây dựng góp ý Điều 5.', pathKey: 'dieu-5' } }, '2025-08-05');
    expect(scenario.effects).toEqual([
      { kind: 'storeComment', commentId: 'c1', round: 1, authorKind: 'agency', authorName: null, agencyId: 'so-xay-dung', pathKey: 'dieu-5', text: 'Sở Xây dựng góp ý Điều 5.' },
    ]);
    expect(refusalOf(() => scenario.act(otherDrafter, { name: 'addComment', payload: { authorKind: 'public', text: 'x' } }, '2025-08-05'))).toMatchObject({
      kind: 'forbidden',
    });
  });

  describe('signing', () => {
    it.each([
      ['an unparseable number', 'mười lăm', 'is not a document number'],
      ['an administrative number without a year', '2284/QĐ-UBND', 'is not the number of a legal normative document'],
      ['a number of another document type', '15/2025/NQ-HĐND', 'expected <number>/<year>/QĐ-UBND'],
      ['a number of another year', '15/2024/QĐ-UBND', 'carries the year 2024, but the document is signed in 2025'],
    ])('refuses %s', (_case, number, message) => {
      expect(signing({ number })).toMatchObject({
        kind: 'invalid',
        code: 'DOCUMENT_NUMBER_INVALID',
        details: { fieldErrors: [{ field: 'number', message: expect.stringContaining(message) }] },
      });
    });

    it('accepts a number written with a plain D and spaces, stored normalised', () => {
      const scenario = adopted().act(admin, { name: 'sign', payload: { ...sign, number: '15 / 2025 / QD-UBND' } }, '2025-10-02');
      expect(scenario.state.signing?.number).toBe('15/2025/QĐ-UBND');
    });

    it('refuses an effective date less than 10 days after signing', () => {
      expect(signing({ effectiveDate: '2025-10-11' })).toMatchObject({
        code: 'EFFECTIVE_DATE_TOO_EARLY',
        details: { fieldErrors: [{ field: 'effectiveDate', message: expect.stringContaining('2025-10-12 or later') }] },
      });
    });

    it('refuses a signing capacity that does not fit the document type', () => {
      expect(signing({ signingCapacity: 'TL' })).toMatchObject({ code: 'SIGNING_CAPACITY_INVALID', details: { fieldErrors: [{ field: 'signingCapacity' }] } });
      expect(signing({ signingCapacity: null })).toMatchObject({ code: 'SIGNING_CAPACITY_INVALID' });
    });

    it('refuses a signing date before the adoption or in the future, listing every problem', () => {
      const error = signing({ signedDate: '2025-09-30', effectiveDate: '2025-10-05' });
      expect(error.code).toBe('SIGNED_DATE_INVALID');
      expect(error.details.fieldErrors).toEqual([
        { field: 'signedDate', message: 'cannot be before the adoption on 2025-10-01' },
        { field: 'effectiveDate', message: expect.stringContaining('2025-10-10 or later') },
      ]);
      expect(signing({ signedDate: '2025-10-03', effectiveDate: '2025-10-20' }).details.fieldErrors).toEqual([
        { field: 'signedDate', message: 'cannot be in the future' },
      ]);
    });

    it('refuses to sign a draft whose vote did not pass', () => {
      const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28'))
        .act(admin, { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-01' } }, '2025-09-20')
        .act(admin, { name: 'recordVote', payload: { inFavour: 10, members: 27, actRef: 'BB' } }, '2025-10-01');
      expect(refusalOf(() => scenario.act(admin, { name: 'sign', payload: sign }, '2025-10-02'))).toMatchObject({
        kind: 'invalid_state',
        code: 'ACTION_NOT_ALLOWED',
        details: { extensions: { state: 'DRAFTING' } },
      });
    });
  });

  describe('votes', () => {
    it('refuses more votes in favour than members, and a vote before the meeting', () => {
      const scenario = submitted(Scenario.start({ docType: 'COMMITTEE_DECISION' }, '2025-07-28')).act(
        admin,
        { name: 'scheduleDecision', payload: { mode: 'meeting', date: '2025-10-01' } },
        '2025-09-20',
      );
      expect(refusalOf(() => scenario.act(admin, { name: 'recordVote', payload: { inFavour: 28, members: 27, actRef: 'BB' } }, '2025-10-01'))).toMatchObject({
        details: { fieldErrors: [{ field: 'inFavour', message: 'cannot exceed the 27 members' }] },
      });
      expect(refusalOf(() => scenario.act(admin, { name: 'recordVote', payload: { inFavour: 20, members: 27, actRef: 'BB' } }, '2025-09-30'))).toMatchObject({
        details: { fieldErrors: [{ field: 'votedOn', message: 'cannot be before the meeting of 2025-10-01' }] },
      });
    });
  });

  describe('withdrawal', () => {
    it('lets the drafting agency withdraw before signing, ending the procedure and its deadlines', () => {
      const scenario = proposed()
        .act(admin, { name: 'approveProposal', payload: { actRef: 'x' } }, '2025-08-01')
        .act(drafter, { name: 'addVersion', payload: { versionId: 'v1', versionNo: 1 } }, '2025-08-02')
        .act(drafter, { name: 'openConsultation', payload: {} }, '2025-08-04')
        .act(drafter, { name: 'withdraw', payload: { reason: 'Văn bản cấp trên đã thay đổi.' } }, '2025-08-06');
      expect(scenario.state).toMatchObject({ state: 'WITHDRAWN', outcome: 'withdrawn', withdrawal: { reason: 'Văn bản cấp trên đã thay đổi.', on: '2025-08-06' } });
      expect(scenario.effects[0]).toEqual({ kind: 'clearDeadline', id: 'consultationPeriod-1', step: 'consultationPeriod' });
      expect(scenario.effects.at(-1)).toEqual({ kind: 'finish', outcome: 'withdrawn' });
      expect(allowedActions(scenario.state, drafter)).toEqual([]);
    });

    it('lets the office withdraw an adopted draft, but nobody once it is signed', () => {
      const withdrawn = adopted().act(admin, { name: 'withdraw', payload: { reason: 'x' } }, '2025-10-02');
      expect(withdrawn.state.state).toBe('WITHDRAWN');
      const signed = adopted().act(admin, { name: 'sign', payload: sign }, '2025-10-02');
      expect(refusalOf(() => signed.act(admin, { name: 'withdraw', payload: { reason: 'x' } }, '2025-10-03'))).toMatchObject({
        code: 'ACTION_NOT_ALLOWED',
      });
    });

    it('needs a reason', () => {
      expect(refusalOf(() => proposed().act(drafter, { name: 'withdraw', payload: { reason: '' } }, '2025-08-01'))).toMatchObject({
        details: { fieldErrors: [{ field: 'reason', message: 'is required' }] },
      });
    });
  });
});
