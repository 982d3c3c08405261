import { BASIS_CHANGE_WORKFLOW, documentBasisChangeStart, REAL_DAY_MS, type DocumentBasisChangeStart } from '@legis/workflows/contracts';
import { Context } from '@temporalio/activity';
import type { ActivityDependencies } from '../activity-dependencies';
import { statedChanges } from './changes-to-review';

/**
 * An issued document loaded through intake (a central law, a provincial act) that amends, replaces,
 * repeals, suspends or declares expired documents in the database starts the review of what rests
 * on them (REFERENCE §4.10): the same run `POST /documents/{id}/basis-change-review` starts, from the
 * document's effective day. Nothing starts without such relations or without an effective date.
 */
export async function reviewBasisChangeOnIntake(deps: ActivityDependencies, documentId: string): Promise<Omit<DocumentBasisChangeStart, 'options'> | null> {
  const document = await deps.documents.findById(documentId);
  if (document?.kind !== 'issued' || !document.effectiveDate) return null;
  const changes = (await statedChanges(deps, documentId)).filter((change) => change.changedDocumentId !== documentId);
  if (changes.length === 0) return null;
  const { client, info } = Context.current();
  const { options, ...started } = documentBasisChangeStart(documentId, document.effectiveDate, { origin: new Date().toISOString(), dayMs: REAL_DAY_MS });
  await client.workflow.start(BASIS_CHANGE_WORKFLOW, { ...options, taskQueue: info.taskQueue });
  return started;
}
