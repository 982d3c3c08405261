import type { NewNotification } from '@legis/db';
import type { DraftNotice } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { noticeKind, renderNotice, ROLE_OF_AUDIENCE } from './draft-notices';

/**
 * Stores a draft's notification for each audience: the drafting agency's drafters, the appraisers,
 * the office's admins. An escalation goes to the head (lãnh đạo) of the drafting agency and of the
 * Department of Justice where one is set, else to the same roles. The public hears through the
 * portal, not the inbox.
 */
export async function notifyAudience(deps: ActivityDependencies, notice: DraftNotice): Promise<void> {
  const { title, body } = renderNotice(notice.template, notice.data);
  const kind = noticeKind(notice.template);
  const recipients = new Map<string, NewNotification['recipient']>();
  for (const audience of notice.audience) {
    if (audience === 'public') continue;
    const head = kind === 'escalation' ? await headOf(deps, audience, notice.draftingAgencyId) : null;
    const role = ROLE_OF_AUDIENCE[audience];
    const recipient = head ? { userId: head } : { role, agencyId: role === 'drafter' ? notice.draftingAgencyId : null };
    recipients.set(JSON.stringify(recipient), recipient);
  }
  let n = 0;
  for (const recipient of recipients.values()) {
    await deps.notifications.create({
      recipient,
      kind,
      title,
      body,
      entityType: 'document',
      entityId: notice.documentId,
      workflowId: notice.workflowId,
      idempotencyKey: `${notice.idempotencyKey}:${n++}`,
    });
  }
}

async function headOf(deps: ActivityDependencies, audience: string, draftingAgencyId: string): Promise<string | null> {
  if (audience === 'draftingAgency') return (await deps.identity.findAgencyById(draftingAgencyId))?.headUserId ?? null;
  if (audience === 'doj') return (await deps.identity.findAgencyByCode(deps.procedures.justiceAgencyCode))?.headUserId ?? null;
  return null;
}
