import { DocumentEntity, IssuerRepository, RelationEntity } from '@legis/db';
import type { SystematisationList, SystematisationResult, ValidityStatus } from '@legis/domain';
import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ApiClient } from './api-client';

/** The cycle every generated campaign uses: 2019–2023, reference date 31/12/2023. */
export const CYCLE = { referenceDate: '2023-12-31', periodStart: '2019-01-01', periodEnd: '2023-12-31' };

/**
 * Kinds of generated documents: what the database records, what the agency answers, and the lists
 * the campaign must put it in (worked out by hand from REFERENCE §4.12, not by the code under test).
 */
export const CATEGORIES = [
  { status: 'IN_FORCE', expiryDate: null, answer: 'IN_FORCE', lists: ['inForce', 'compilation'] },
  { status: 'IN_FORCE', expiryDate: null, answer: 'IN_FORCE', lists: ['inForce', 'compilation'] },
  { status: 'IN_FORCE', expiryDate: null, answer: 'IN_FORCE', lists: ['inForce', 'compilation'] },
  { status: 'IN_FORCE', expiryDate: null, answer: 'IN_FORCE', lists: ['inForce', 'compilation'] },
  { status: 'FULLY_EXPIRED', expiryDate: '2021-06-30', answer: 'EXPIRED', lists: ['expiredOrSuspended'] },
  { status: 'IN_FORCE', expiryDate: null, answer: 'NEEDS_AMENDMENT', lists: ['inForce', 'compilation', 'needsAction'] },
  { status: 'IN_FORCE', expiryDate: null, answer: 'NEEDS_REPLACEMENT', lists: ['inForce', 'compilation', 'needsAction'] },
  { status: 'PARTIALLY_EXPIRED', expiryDate: null, answer: 'PARTIALLY_EXPIRED', lists: ['inForce', 'compilation', 'expiredOrSuspended'] },
  { status: 'SUSPENDED', expiryDate: null, answer: 'SUSPENDED', lists: ['expiredOrSuspended'] },
  // Expired after the reference date: in force on it.
  { status: 'FULLY_EXPIRED', expiryDate: '2024-03-01', answer: 'IN_FORCE', lists: ['inForce', 'compilation'] },
] as const satisfies readonly { status: ValidityStatus; expiryDate: string | null; answer: SystematisationResult; lists: SystematisationList[] }[];

const FIELDS = ['Tài chính', 'Đất đai', 'Giáo dục', 'Giao thông'];

export interface GeneratedDocument {
  id: string;
  category: number;
  /** The agency that must answer for it: its drafting agency, else the campaign's lead agency. */
  agencyId: string;
}

export interface GeneratedCorpus {
  issuerIds: string[];
  documents: GeneratedDocument[];
  /** Documents of the same issuers that the campaign must leave out (expired before the period, issued after it, drafts). */
  outOfScope: string[];
}

/**
 * Writes `count` issued documents of two fresh provincial issuers straight into PostgreSQL through
 * the TypeORM repositories (chunks of 1,000), with known validity, plus documents out of scope.
 * Every 50th has no drafting agency, so it goes to the lead agency.
 */
export async function generateCampaignCorpus(dataSource: DataSource, options: { count: number; tag: string; agencyIds: string[]; leadAgencyId: string }): Promise<GeneratedCorpus> {
  const issuers = new IssuerRepository(dataSource);
  const council = await issuers.ensure(`Hội đồng nhân dân tỉnh Hệ Thống ${options.tag}`);
  const committee = await issuers.ensure(`Ủy ban nhân dân tỉnh Hệ Thống ${options.tag}`);
  const rows: QueryDeepPartialEntity<DocumentEntity>[] = [];
  const documents: Omit<GeneratedDocument, 'id'>[] = [];
  for (let i = 0; i < options.count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    const drafting = i % 50 === 0 ? null : options.agencyIds[i % options.agencyIds.length];
    const isResolution = i % 3 === 0;
    const year = 2016 + (i % 8);
    rows.push(document({
      docType: isResolution ? 'RESOLUTION' : 'DECISION',
      number: `${i + 1}/${year}/${isResolution ? 'NQ-HĐND' : 'QĐ-UBND'}`,
      numberSeq: String(i + 1),
      numberYear: year,
      numberTypeCode: isResolution ? 'NQ' : 'QĐ',
      numberIssuerCode: isResolution ? 'HĐND' : 'UBND',
      issuerId: isResolution ? council.id : committee.id,
      draftingAgencyId: drafting,
      title: `Quy định số ${i + 1} về quản lý lĩnh vực ${FIELDS[i % FIELDS.length]}`,
      field: FIELDS[i % FIELDS.length],
      issuedDate: `${year}-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      effectiveDate: `${year}-04-${String(1 + (i % 28)).padStart(2, '0')}`,
      expiryDate: category.expiryDate,
      validityStatus: category.status,
    }));
    documents.push({ category: i % CATEGORIES.length, agencyId: drafting ?? options.leadAgencyId });
  }
  const outside = [
    { issuedDate: '2012-05-01', effectiveDate: '2012-06-01', expiryDate: '2018-05-01', validityStatus: 'FULLY_EXPIRED' as const },
    { issuedDate: '2024-02-01', effectiveDate: '2024-03-01', expiryDate: null, validityStatus: 'IN_FORCE' as const },
    { issuedDate: '2023-12-01', effectiveDate: '2024-01-15', expiryDate: null, validityStatus: 'IN_FORCE' as const },
  ].map((dates, index) => document({ docType: 'DECISION', number: `${90_000 + index}/2024/QĐ-UBND`, issuerId: committee.id, title: 'Ngoài phạm vi', field: FIELDS[0], ...dates }));
  outside.push(document({ kind: 'draft', docType: 'DECISION', issuerId: committee.id, title: 'Dự thảo', validityStatus: null }));
  const ids = await insertChunked(dataSource, [...rows, ...outside]);
  return {
    issuerIds: [council.id, committee.id],
    documents: documents.map((doc, index) => ({ ...doc, id: ids[index] })),
    outOfScope: ids.slice(rows.length),
  };
}

export function document(fields: QueryDeepPartialEntity<DocumentEntity>): QueryDeepPartialEntity<DocumentEntity> {
  return { kind: 'issued', isNormative: true, regimeVersion: 'LAW80_63_2020', ...fields };
}

export async function insertChunked(dataSource: DataSource, rows: QueryDeepPartialEntity<DocumentEntity>[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const result = await dataSource.getRepository(DocumentEntity).insert(rows.slice(start, start + 1000));
    ids.push(...result.identifiers.map((identifier) => identifier.id as string));
  }
  return ids;
}

export async function relate(dataSource: DataSource, relation: { type: string; sourceDocumentId: string; targetDocumentId: string; targetPathKey?: string }): Promise<void> {
  await dataSource.getRepository(RelationEntity).insert({ origin: 'manual', targetPathKey: null, ...relation } as QueryDeepPartialEntity<RelationEntity>);
}

/** The answer each agency gives, for its own documents, in requests of `chunk` results. */
export async function answerAll(clients: Map<string, ApiClient>, campaignId: string, documents: GeneratedDocument[], chunk = 250): Promise<void> {
  for (const [agencyId, client] of clients) {
    const own = documents.filter((doc) => doc.agencyId === agencyId);
    for (let start = 0; start < own.length; start += chunk) {
      const items = own.slice(start, start + chunk).map((doc) => answerOf(doc));
      const response = await client.post(`/systematisation/campaigns/${campaignId}/results`, { items });
      if (response.status !== 200) throw new Error(`results refused: ${response.status} ${JSON.stringify(response.body)}`);
    }
  }
}

export function answerOf(doc: GeneratedDocument) {
  const category = CATEGORIES[doc.category];
  const dated: Partial<Record<SystematisationResult, { changedOn: string; provisions?: string[] }>> = {
    PARTIALLY_EXPIRED: { changedOn: '2022-03-01', provisions: ['d3'] },
    SUSPENDED: { changedOn: '2023-05-01' },
  };
  return { documentId: doc.id, result: category.answer, ...(category.answer.startsWith('NEEDS') ? { note: 'Không còn phù hợp với Luật mới' } : {}), ...dated[category.answer] };
}

/** The ids each list must hold. */
export function expectedLists(documents: GeneratedDocument[]): Record<string, string[]> {
  const lists: Record<string, string[]> = { inForce: [], expiredOrSuspended: [], needsAction: [], compilation: [], unanswered: [] };
  for (const doc of documents) for (const list of CATEGORIES[doc.category].lists) lists[list].push(doc.id);
  return lists;
}
