import type { DraftProjection } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';

/** Writes the read model of a draft: lists, the appraiser's inbox and `GET /drafts/{id}` read it. */
export async function projectDraft(deps: ActivityDependencies, projection: DraftProjection): Promise<void> {
  const { description, history } = projection;
  const running = description.deadlines.filter((deadline) => deadline.type === 'dueBy' && deadline.dueDate !== null);
  const next = running.filter((deadline) => deadline.status === 'running').sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : 1))[0] ?? null;
  const acceptance = [...history].reverse().find((entry) => entry.event === 'acceptForAppraisal');
  const appraising = description.appraisal.current !== null && !['notEligible', 'returned'].includes(description.appraisal.current.status);
  await deps.draftProcedures.save({
    documentId: projection.documentId,
    workflowId: projection.workflowId,
    procedureType: description.docType,
    procedure: description.procedure,
    regimeVersion: description.regime,
    state: description.state,
    draftingAgencyId: description.draftingAgencyId,
    appraiserUserId: appraising ? (acceptance?.actor?.userId ?? null) : null,
    title: description.title,
    plannedEffectiveDate: description.plannedEffectiveDate,
    nextDueDate: next?.dueDate ?? null,
    nextDueStep: next?.step ?? null,
    overdue: running.some((deadline) => deadline.status === 'breached'),
    outcome: description.outcome,
    revision: projection.revision,
    today: projection.today,
    detail: { ...description },
    history,
  });
}
