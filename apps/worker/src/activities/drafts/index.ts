import type { DraftActivities } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { resolveDeadline } from '../deadline.activities';
import { buildAppraisalPrecheck } from './appraisal-precheck';
import { indexSignedDocument, issueSignedDocument, recordSignedDocument } from './issue-signed-document';
import { notifyAudience } from './notify-audience';
import { projectDraft } from './project-draft';

export function createDraftActivities(deps: ActivityDependencies): DraftActivities {
  return {
    resolveDeadline: resolveDeadline(deps),
    notifyAudience: (notice) => notifyAudience(deps, notice),
    storeDraftComment: (comment) => deps.draftComments.store(comment),
    buildAppraisalPrecheck: (input) => buildAppraisalPrecheck(deps, input),
    recordSignedDocument: (input) => recordSignedDocument(deps, input),
    indexSignedDocument: ({ documentId }) => indexSignedDocument(deps, documentId),
    issueSignedDocument: (input) => issueSignedDocument(deps, input),
    projectDraft: (projection) => projectDraft(deps, projection),
  };
}
