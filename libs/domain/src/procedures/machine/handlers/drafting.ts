import { DomainError } from '../../../errors';
import { COMMENT_AUTHOR_KINDS } from '../../vocabulary';
import { canActAs } from '../access';
import { fileDossier } from '../dossier';
import { type ActionHandler } from '../handler';
import { LIMITS } from '../limits';
import { PayloadReader } from '../payload-reader';
import { type ConsultationRound } from '../state';
import { notify } from '../transition';
import { latestVersion } from '../versions';

/** A new version of the draft was uploaded elsewhere; the procedure records its id and number. */
export const addVersion: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const versionId = reader.text('versionId', LIMITS.idMax);
  const versionNo = reader.integer('versionNo', 1, 1_000_000);
  const latest = latestVersion(state);
  if (latest !== null && versionNo <= latest.versionNo) reader.fail('versionNo', `must be greater than the latest version, ${latest.versionNo}`);
  if (state.versions.kept.some((version) => version.versionId === versionId)) reader.fail('versionId', 'this version is already recorded');
  reader.throwIfInvalid();
  const kept = [...state.versions.kept, { versionId, versionNo, addedOn: at.date }];
  const next = {
    ...state,
    versions: { total: state.versions.total + 1, kept: kept.slice(Math.max(0, kept.length - LIMITS.versionsKept)) },
  };
  return { next, effects: [], summary: `Version ${versionNo} added`, ref: versionId };
};

/**
 * The draft is posted on the provincial portal. The posting period is the rulebook's minimum or
 * the longer period asked for; comments can be closed only once it has passed (REFERENCE §4.1, §4.4).
 */
export const openConsultation: ActionHandler = ({ state, book, at, payload }) => {
  const reader = new PayloadReader(payload);
  const minimum = book.consultation.minDays;
  const asked = reader.optionalInteger('periodDays', 0, LIMITS.consultationDaysMax);
  if (asked !== null && asked < minimum) reader.fail('periodDays', `must be at least the minimum posting period of ${minimum} days`);
  reader.throwIfInvalid();
  const periodDays = asked ?? minimum;
  const version = latestVersion(state)!;
  const round: ConsultationRound = {
    round: state.consultation.rounds + 1,
    openedOn: at.date,
    versionNo: version.versionNo,
    periodDays,
    periodEndsOn: null,
    periodElapsed: periodDays === 0,
    closedOn: null,
    feedbackReportRef: null,
    comments: { total: 0, byAuthor: { agency: 0, public: 0, fatherlandFront: 0 }, kept: [] },
  };
  const next = { ...state, state: 'CONSULTATION' as const, consultation: { ...state.consultation, rounds: round.round, current: round } };
  return {
    next,
    effects: [notify(next, ['public', 'office'], 'openConsultation', { versionId: version.versionId, versionNo: version.versionNo, periodDays })],
    summary: periodDays === 0 ? `Draft version ${version.versionNo} posted for comments` : `Draft version ${version.versionNo} posted for comments for at least ${periodDays} days`,
  };
};

/**
 * A comment on the posted draft. Agencies comment in their own name; comments of the public and of
 * the Fatherland Front are entered by the drafting agency or the office. The full text leaves in a
 * `storeComment` effect; the state keeps an excerpt of the first `LIMITS.commentsKept` per round.
 */
export const addComment: ActionHandler = ({ state, actor, at, payload }) => {
  const reader = new PayloadReader(payload);
  const authorKind = reader.choice('authorKind', COMMENT_AUTHOR_KINDS);
  const text = reader.text('text', LIMITS.commentTextMax);
  const pathKey = reader.optionalText('pathKey', LIMITS.pathKeyMax);
  const authorName = reader.optionalText('authorName', LIMITS.nameMax);
  reader.throwIfInvalid();
  if (authorKind !== 'agency' && !canActAs(actor, 'draftingAgency', state) && !actor.roles.includes('admin')) {
    throw new DomainError('forbidden', 'ACTION_FORBIDDEN', 'Only the drafting agency or the office enters comments of the public or the Fatherland Front.', {
      extensions: { action: 'addComment', authorKind },
    });
  }
  const round = state.consultation.current!;
  const commentId = `c${state.consultation.commentsTotal + 1}`;
  const excerpt = text.length > LIMITS.commentExcerptMax ? `${text.slice(0, LIMITS.commentExcerptMax - 1)}…` : text;
  const summary = { id: commentId, authorKind, agencyId: actor.agencyId, pathKey, excerpt, truncated: excerpt !== text, on: at.date };
  const comments = {
    total: round.comments.total + 1,
    byAuthor: { ...round.comments.byAuthor, [authorKind]: round.comments.byAuthor[authorKind] + 1 },
    kept: round.comments.kept.length < LIMITS.commentsKept ? [...round.comments.kept, summary] : round.comments.kept,
  };
  const next = {
    ...state,
    consultation: { ...state.consultation, commentsTotal: state.consultation.commentsTotal + 1, current: { ...round, comments } },
  };
  return {
    next,
    effects: [{ kind: 'storeComment', commentId, round: round.round, authorKind, authorName, agencyId: actor.agencyId, pathKey, text }],
    summary: `Comment ${commentId} (${authorKind})`,
    recordHistory: false,
  };
};

/** Comments closed with the bản tổng hợp, tiếp thu, giải trình, which joins the dossier. */
export const closeConsultation: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const feedbackReportRef = reader.text('feedbackReportRef', LIMITS.refMax);
  const commentCopiesRef = reader.optionalText('commentCopiesRef', LIMITS.refMax);
  reader.throwIfInvalid();
  const round = state.consultation.current!;
  const filed = fileDossier(state, [
    { item: 'feedbackReport', ref: feedbackReportRef },
    ...(commentCopiesRef === null ? [] : [{ item: 'commentCopies' as const, ref: commentCopiesRef }]),
  ]);
  const next = {
    ...filed,
    state: 'FEEDBACK_INCORPORATED' as const,
    consultation: { ...state.consultation, held: true, current: { ...round, closedOn: at.date, feedbackReportRef } },
  };
  return { next, effects: [], summary: `Consultation closed with ${round.comments.total} comment(s); feedback report ${feedbackReportRef}`, ref: feedbackReportRef };
};
