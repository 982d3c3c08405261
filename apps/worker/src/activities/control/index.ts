import type { ControlActivities } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { caseNoticeKind, renderCaseNotice } from './case-notices';

/** The generic activities of control cases; kinds add their own (`run` effects) beside them. */
export function createControlActivities(deps: ActivityDependencies): ControlActivities {
  return {
    loadControlSettings: () => Promise.resolve(deps.procedures.controlSettings),

    async notifyCase(notice) {
      const { title, body } = renderCaseNotice(notice.template, notice.data);
      const recipients = new Map(notice.audience.map((audience) => {
        const recipient = { role: audience.role, agencyId: audience.ofAssignee ? notice.assigneeAgencyId : null };
        return [JSON.stringify(recipient), recipient] as const;
      }));
      let n = 0;
      for (const recipient of recipients.values()) {
        await deps.notifications.create({
          recipient,
          kind: caseNoticeKind(notice.template),
          title,
          body,
          entityType: notice.documentId ? 'document' : 'case',
          entityId: notice.documentId ?? notice.caseId,
          workflowId: notice.caseId,
          idempotencyKey: `${notice.idempotencyKey}:${n++}`,
        });
      }
    },

    async projectCase({ view, history }) {
      const { state } = view;
      await deps.controlCases.save({
        caseId: state.caseId,
        kind: state.kind,
        documentId: state.documentId,
        title: state.title,
        status: state.status,
        outcome: state.outcome,
        assigneeAgencyId: state.assigneeAgencyId,
        openedOn: state.openedOn,
        closedOn: state.closedOn,
        dueDate: state.deadline?.dueDate ?? null,
        overdue: state.deadline?.status === 'breached',
        breaches: state.breaches,
        source: state.source,
        detail: { ...view },
        history,
        revision: view.revision,
      });
    },
  };
}
