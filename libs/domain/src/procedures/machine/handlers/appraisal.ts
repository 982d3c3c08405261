import { APPRAISAL_CONCLUSIONS } from '../../vocabulary';
import { fileDossier, readDossierEntries, requireCompleteDossier } from '../dossier';
import { invalidPayload } from '../errors';
import { type ActionHandler } from '../handler';
import { LIMITS } from '../limits';
import { PayloadReader } from '../payload-reader';
import { type AppraisalItem, type AppraisalRound, type AppraisalStatus, type DraftProcedureState } from '../state';
import { notify } from '../transition';
import { latestVersion, versionExists } from '../versions';

function archived(appraisal: AppraisalStatus): AppraisalStatus['past'] {
  const round = appraisal.current;
  if (round === null) return appraisal.past;
  const past = [
    ...appraisal.past,
    {
      round: round.round,
      status: round.status,
      conclusion: round.report?.conclusion ?? null,
      reportRef: round.report?.reportRef ?? null,
      items: round.report?.items.length ?? 0,
      requestedOn: round.requestedOn,
    },
  ];
  return past.slice(Math.max(0, past.length - LIMITS.appraisalRoundsKept));
}

function withRound(state: DraftProcedureState, round: AppraisalRound): DraftProcedureState {
  return { ...state, appraisal: { ...state.appraisal, current: round } };
}

/**
 * The drafting agency sends the dossier to the Department of Justice. The dossier must be complete
 * per the rulebook, else 422 `DOSSIER_INCOMPLETE` listing what is missing. A new request supersedes
 * any earlier appraisal.
 */
export const requestAppraisal: ActionHandler = ({ state, book, at, payload }) => {
  const reader = new PayloadReader(payload);
  const entries = readDossierEntries(reader);
  reader.throwIfInvalid();
  const filed = fileDossier(state, entries);
  requireCompleteDossier(filed, book, 'appraisal');
  const version = latestVersion(filed)!;
  const round: AppraisalRound = {
    round: state.appraisal.rounds + 1,
    status: 'requested',
    requestedOn: at.date,
    versionId: version.versionId,
    versionNo: version.versionNo,
    acceptedOn: null,
    complex: false,
    returnReasons: null,
    report: null,
    responseReportRef: null,
    respondedOn: null,
  };
  const next = {
    ...filed,
    state: 'APPRAISAL_REQUESTED' as const,
    appraisal: { ...filed.appraisal, rounds: round.round, past: archived(filed.appraisal), current: round },
  };
  return {
    next,
    effects: [
      { kind: 'buildAppraisalPrecheck', documentId: state.documentId, versionId: version.versionId, round: round.round },
      notify(next, ['doj'], 'requestAppraisal', { versionNo: version.versionNo, round: round.round }),
    ],
    summary: `Appraisal requested (round ${round.round}, version ${version.versionNo})`,
  };
};

/**
 * The Department of Justice finds the dossier complete. In the simplified procedure it may declare
 * the draft complex or multi-sector, which extends the period from 7 to 15 days (REFERENCE §4.5).
 */
export const acceptForAppraisal: ActionHandler = ({ state, book, at, payload }) => {
  const reader = new PayloadReader(payload);
  const complex = reader.flag('complex');
  const rule = book.deadlines.find((candidate) => candidate.step === 'appraisal');
  if (complex && rule?.complexDays == null) reader.fail('complex', 'only the simplified procedure extends the appraisal period for complex drafts');
  reader.throwIfInvalid();
  const round = state.appraisal.current!;
  const next = withRound({ ...state, state: 'UNDER_APPRAISAL' }, { ...round, status: 'underAppraisal', acceptedOn: at.date, complex });
  return {
    next,
    effects: [notify(next, ['draftingAgency'], 'acceptForAppraisal', { complex })],
    summary: complex ? 'Dossier accepted for appraisal (complex draft)' : 'Dossier accepted for appraisal',
  };
};

/**
 * The dossier goes back to drafting: from the Department of Justice when it is incomplete, or from
 * the office when the submission is (REFERENCE §4.1, §4.2). A returned submission keeps its appraisal.
 */
export const returnIncomplete: ActionHandler = ({ state, performer, at, payload }) => {
  const reader = new PayloadReader(payload);
  const reasons = reader.texts('reasons', 1, LIMITS.reasonsMax, LIMITS.reasonMax);
  reader.throwIfInvalid();
  const returned = { ...state, state: 'DRAFTING' as const, lastReturn: { by: performer, from: state.state, reasons, on: at.date } };
  const next =
    state.state === 'APPRAISAL_REQUESTED'
      ? withRound(returned, { ...state.appraisal.current!, status: 'returned', returnReasons: reasons })
      : returned;
  return {
    next,
    effects: [notify(next, ['draftingAgency'], 'returnIncomplete', { reasons })],
    summary: `Returned to the drafting agency: ${reasons.join('; ')}`,
  };
};

/**
 * The appraisal report: comments anchored to provision path keys and a conclusion. NOT_ELIGIBLE
 * sends the draft back to drafting; a new appraisal then needs a newer version.
 */
export const submitAppraisalReport: ActionHandler = ({ state, payload, at }) => {
  const reader = new PayloadReader(payload);
  const reportRef = reader.text('reportRef', LIMITS.refMax);
  const conclusion = reader.choice('conclusion', APPRAISAL_CONCLUSIONS);
  const items = reader.list('items', 0, LIMITS.appraisalItemsMax, (item): AppraisalItem => {
    const severity = item.has('severity') ? item.choice('severity', ['major', 'minor'] as const) : null;
    return {
      id: item.text('id', LIMITS.idMax),
      pathKey: item.optionalText('pathKey', LIMITS.pathKeyMax),
      text: item.text('text', LIMITS.appraisalItemTextMax),
      severity,
      response: null,
    };
  });
  const ids = items.map((item) => item.id);
  ids.forEach((id, index) => {
    if (id !== '' && ids.indexOf(id) !== index) reader.fail(`items[${index}].id`, `duplicates the id "${id}"`);
  });
  if (conclusion !== 'ELIGIBLE' && items.length === 0 && reader.errors.length === 0) {
    reader.fail('items', `a ${conclusion} report must list the comments behind it`);
  }
  reader.throwIfInvalid();
  const round = state.appraisal.current!;
  const eligible = conclusion !== 'NOT_ELIGIBLE';
  const filed = fileDossier(state, [{ item: 'appraisalReport', ref: reportRef }]);
  const next = withRound(
    {
      ...filed,
      state: eligible ? 'APPRAISED' : 'DRAFTING',
      appraisal: { ...filed.appraisal, notEligibleVersionNo: eligible ? filed.appraisal.notEligibleVersionNo : round.versionNo },
    },
    { ...round, status: eligible ? 'reported' : 'notEligible', report: { reportRef, conclusion, submittedOn: at.date, items } },
  );
  return {
    next,
    effects: [notify(next, ['draftingAgency'], 'submitAppraisalReport', { conclusion, reportRef, items: items.length })],
    summary: `Appraisal report ${reportRef}: ${conclusion}, ${items.length} comment(s)`,
    ref: reportRef,
  };
};

/**
 * The báo cáo tiếp thu, giải trình ý kiến thẩm định: every comment answered once, accepted or
 * explained. Accepted comments must be in a version newer than the one appraised.
 */
export const respondToAppraisal: ActionHandler = ({ state, payload, at }) => {
  const round = state.appraisal.current!;
  const items = round.report!.items;
  const reader = new PayloadReader(payload);
  const responseReportRef = reader.text('responseReportRef', LIMITS.refMax);
  const responses = reader.list('responses', 0, LIMITS.appraisalItemsMax, (entry) => {
    const response = entry.choice('response', ['accepted', 'explained'] as const);
    const note = response === 'explained' ? entry.text('note', LIMITS.noteMax) : (entry.optionalText('note', LIMITS.noteMax) ?? '');
    const versionNo = entry.optionalInteger('versionNo', 1, 1_000_000);
    if (versionNo !== null && !versionExists(state, versionNo)) entry.fail('versionNo', `no version ${versionNo} has been added`);
    return { itemId: entry.text('itemId', LIMITS.idMax), response, note, versionNo };
  });
  const seen = new Set<string>();
  responses.forEach((response, index) => {
    if (response.itemId === '') return;
    if (!items.some((item) => item.id === response.itemId)) reader.fail(`responses[${index}].itemId`, `no appraisal comment has the id "${response.itemId}"`);
    else if (seen.has(response.itemId)) reader.fail(`responses[${index}].itemId`, `comment "${response.itemId}" is answered twice`);
    seen.add(response.itemId);
  });
  reader.throwIfInvalid();
  const unanswered = items.filter((item) => !seen.has(item.id)).map((item) => item.id);
  if (unanswered.length > 0) {
    throw invalidPayload(
      'APPRAISAL_ITEMS_UNANSWERED',
      `Every appraisal comment needs an answer; ${unanswered.length} have none.`,
      unanswered.map((id) => ({ field: `responses[itemId=${id}]`, message: 'is not answered' })),
      { unanswered },
    );
  }
  if (responses.some((response) => response.response === 'accepted') && (latestVersion(state)?.versionNo ?? 0) <= round.versionNo) {
    throw invalidPayload('REVISED_VERSION_REQUIRED', `Accepted comments must be reflected in a version newer than version ${round.versionNo}; add it first.`, [
      { field: 'responses', message: `add a version newer than ${round.versionNo} carrying the accepted changes` },
    ]);
  }
  const answered = items.map((item) => {
    const response = responses.find((candidate) => candidate.itemId === item.id)!;
    return { ...item, response: { response: response.response, note: response.note, versionNo: response.versionNo } };
  });
  const filed = fileDossier(state, [{ item: 'appraisalResponse', ref: responseReportRef }]);
  const next = withRound(
    { ...filed, state: 'READY_TO_SUBMIT' },
    { ...round, status: 'responded', report: { ...round.report!, items: answered }, responseReportRef, respondedOn: at.date },
  );
  const accepted = responses.filter((response) => response.response === 'accepted').length;
  return {
    next,
    effects: [notify(next, ['doj'], 'respondToAppraisal', { responseReportRef, accepted, explained: responses.length - accepted })],
    summary: `Appraisal answered: ${accepted} accepted, ${responses.length - accepted} explained`,
    ref: responseReportRef,
  };
};
