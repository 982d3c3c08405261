import type { DutyDocument, DutyRelation, DutyRepository } from '@legis/db';
import {
  detectDuties,
  DomainError,
  dutiesFulfilledBy,
  dutyCaseId,
  isDutySource,
  localBodyOf,
  type CaseOpening,
  type ControlSettings,
  type DetectedDuty,
  type DocType,
  type DutyAddressee,
  type IssuerLevel,
  type OpenDuty,
} from '@legis/domain';
import { caseActionUpdate, CONTROL_CASE_WORKFLOW, REAL_DAY_MS, type ControlCaseInput, type DutyDetectionOutcome } from '@legis/workflows/contracts';
import { callTemporal } from '@legis/temporal';
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

const TITLE_MAX = 300;
/** Links are applied by the system on the evidence of the relations, with full rights. */
const SYSTEM = { userId: null, roles: ['admin' as const], agencyId: null };

/**
 * Duties of one issued document (REFERENCE §4.13). A central document: its delegations to the
 * province become duty cases, and provincial documents already resting on it are linked. A
 * provincial document: the open duties its BASED_ON / DETAILS relations name are linked to it.
 */
export interface DutyDetectionContext {
  duties: DutyRepository;
  provinceName: string;
  /** The worker's control settings: a case started with them registers its handlers at once, so a link can follow its start. */
  settings: ControlSettings;
}

export async function detectDutiesOf(context: DutyDetectionContext, documentId: string): Promise<DutyDetectionOutcome> {
  const { duties } = context;
  const document = await duties.document(documentId);
  const none: DutyDetectionOutcome = { documentId, role: 'none', duties: [], opened: [], linked: [] };
  if (!document || document.kind !== 'issued') return none;
  const level = document.issuerLevel as IssuerLevel | null;
  if (isDutySource({ docType: document.docType as DocType | null, issuerLevel: level }) && document.currentVersionId) {
    return fromCentral(context, document, document.currentVersionId);
  }
  if (level === 'provincial') {
    const linked = await linkFulfilments(duties, [document], await duties.relationsFrom(document.id), null);
    return { ...none, role: 'provincial', linked };
  }
  return none;
}

async function fromCentral({ duties, provinceName, settings }: DutyDetectionContext, document: DutyDocument, versionId: string): Promise<DutyDetectionOutcome> {
  const detected = detectDuties(
    { docType: document.docType as DocType | null, issuerLevel: 'central', issuedDate: document.issuedDate, effectiveDate: document.effectiveDate, provisions: await duties.provisions(versionId) },
    { provinceName },
  );
  const caseIds = detected.map((duty) => dutyCaseId(document.id, duty.pathKey, duty.addressee));
  const known = await duties.existingCaseIds(caseIds);
  const opened: string[] = [];
  for (const [index, duty] of detected.entries()) {
    if (known.has(caseIds[index])) continue;
    if (await openDuty(document, duty, caseIds[index], settings)) opened.push(caseIds[index]);
  }
  // Provincial documents loaded before this one may already detail it.
  const relations = await duties.relationsTo(document.id);
  const locals = await Promise.all([...new Set(relations.map((relation) => relation.localDocumentId))].map((id) => duties.document(id)));
  const open: OpenDuty[] = detected.map((duty, index) => ({ caseId: caseIds[index], sourceDocumentId: document.id, pathKey: duty.pathKey, coveredPathKeys: duty.coveredPathKeys, addressee: duty.addressee }));
  const linked = await linkFulfilments(duties, locals.filter((local): local is DutyDocument => local !== null), relations, open);
  return { documentId: document.id, role: 'central', duties: caseIds, opened, linked };
}

/** Starts the duty's case; false when it already runs or ran. */
async function openDuty(document: DutyDocument, duty: DetectedDuty, caseId: string, settings: ControlSettings): Promise<boolean> {
  const { client, info } = Context.current();
  const opening: CaseOpening = {
    kind: 'duty',
    caseId,
    documentId: document.id,
    title: clip(`${duty.citationKey}: ${duty.subject}`),
    assigneeAgencyId: null,
    source: { reason: 'detected', sourceDocumentId: document.id, pathKey: duty.pathKey, addressee: duty.addressee },
    input: {
      sourceDocumentId: document.id,
      sourceNumber: document.number,
      pathKey: duty.pathKey,
      citationKey: duty.citationKey,
      addressee: duty.addressee,
      delegation: duty.kind,
      subject: duty.subject,
      phrases: duty.phrases,
      coveredPathKeys: duty.coveredPathKeys,
      dueDate: duty.dueDate,
      dueDateSource: duty.dueDateSource,
    },
  };
  const input: ControlCaseInput = { opening, settings, clock: { origin: new Date().toISOString(), dayMs: REAL_DAY_MS } };
  try {
    await client.workflow.start(CONTROL_CASE_WORKFLOW, { workflowId: caseId, taskQueue: info.taskQueue, args: [input], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
    return true;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw error;
  }
}

/**
 * Links each local document to the open duties its relations name (`open` given: those duties; else
 * the open duties of the documents it rests on). A duty closed meanwhile refuses the link: skipped.
 */
async function linkFulfilments(duties: DutyRepository, locals: DutyDocument[], relations: DutyRelation[], open: OpenDuty[] | null): Promise<string[]> {
  const candidates = open ?? (await readOpenDuties(duties, relations));
  const linked: string[] = [];
  for (const local of locals) {
    if (local.issuerLevel !== 'provincial') continue;
    const own = relations.filter((relation) => relation.localDocumentId === local.id);
    for (const caseId of dutiesFulfilledBy(localBodyOf(local.issuerName), own, candidates)) {
      if (await link(caseId, local)) linked.push(caseId);
    }
  }
  return linked;
}

async function readOpenDuties(duties: DutyRepository, relations: DutyRelation[]): Promise<OpenDuty[]> {
  const rows = await duties.openDutiesOf([...new Set(relations.map((relation) => relation.targetDocumentId))]);
  return rows.map((row) => ({ ...row, addressee: row.addressee as DutyAddressee }));
}

async function link(caseId: string, local: DutyDocument): Promise<boolean> {
  const payload = { documentId: local.id, number: local.number, issuedDate: local.issuedDate, how: 'relation' };
  const handle = Context.current().client.workflow.getHandle(caseId);
  try {
    await callTemporal(`Linking ${caseId}`, () => handle.executeUpdate(caseActionUpdate, { args: ['link', { payload, actor: SYSTEM }], updateId: `link-${local.id}` }));
    return true;
  } catch (error) {
    // Closed meanwhile (fulfilled by another document, dismissed): nothing to link. Anything else is retried.
    if (error instanceof DomainError && (error.code === 'ACTION_NOT_ALLOWED' || error.kind === 'not_found')) return false;
    throw error;
  }
}

function clip(text: string): string {
  return text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX - 1)}…`;
}
