import { CASE_KIND_LABELS, type CaseKind, type NotificationData } from '@legis/domain';
import type { NotificationKind } from '@legis/db';

const text = (value: NotificationData[string] | undefined): string => (Array.isArray(value) ? value.join('; ') : String(value ?? ''));

export function caseNoticeKind(template: string): NotificationKind {
  if (template === 'caseReminder') return 'reminder';
  if (template === 'caseEscalation') return 'escalation';
  return template === 'caseOpened' ? 'action' : 'info';
}

/** Title and body of a case notification: the kind, the document, what happened. */
export function renderCaseNotice(template: string, data: NotificationData): { title: string; body: string } {
  const kind = CASE_KIND_LABELS[data.kind as CaseKind] ?? text(data.kind);
  const headline =
    template === 'caseOpened'
      ? `${kind}: opened`
      : template === 'caseReminder'
        ? `${kind}: ${text(data.label)} is due on ${text(data.dueDate)}`
        : template === 'caseEscalation'
          ? `${kind}: overdue — ${text(data.label)} was due on ${text(data.dueDate)}`
          : `${kind}: ${template}${data.ref ? ` (${text(data.ref)})` : ''}`;
  return { title: `${headline} — ${text(data.title)}`, body: `«${text(data.title)}»: ${headline}. Status: ${text(data.status)}. Case ${text(data.caseId)}.` };
}
