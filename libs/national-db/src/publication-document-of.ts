import { docTypeInfo, type DocType } from '@legis/domain';
import type { PublicationDocument, PublicationProvision, PublicationSigningCapacity } from './publication-document';

/** The stored rows a publication is built from (the database's PublicationSource fits this shape). */
export interface PublicationRows {
  document: {
    id: string;
    number: string | null;
    docType: DocType | null;
    issuer?: { id: string; name: string } | null;
    signerName: string | null;
    signerTitle: string | null;
    signingCapacity: PublicationSigningCapacity | null;
    issuedDate: string | null;
    effectiveDate: string | null;
    expiryDate: string | null;
    expiryReason: string | null;
    title: string | null;
    field: string | null;
    territorialScope: string | null;
    validityStatus: string | null;
  };
  version: { text: string | null; fileName: string | null; mimeType: string; sha256: string };
  provisions: { id: string; parentId: string | null; level: PublicationProvision['level']; number: string | null; pathKey: string; heading: string | null; text: string }[];
  relations: { type: string; targetPathKey: string | null; targetRef: { number: string | null; name: string | null } | null; other: { number: string | null; title: string | null } | null }[];
  file: Buffer;
  gazette: { externalId: string | null; publishedAt: Date | null } | null;
}

/** Why an issued document cannot be published yet (a field the record requires is missing). */
export function missingForPublication(rows: PublicationRows): string[] {
  const { document } = rows;
  const required: [string, unknown][] = [
    ['number', document.number],
    ['docType', document.docType],
    ['issuer', document.issuer],
    ['signerName', document.signerName],
    ['issuedDate', document.issuedDate],
    ['effectiveDate', document.effectiveDate],
    ['title', document.title],
  ];
  return required.filter(([, value]) => value === null || value === undefined).map(([name]) => name);
}

/** Maps stored rows to the one shape the record, the Akoma Ntoso XML and the export bundle read. */
export function publicationDocumentOf(rows: PublicationRows, options: { defaultTerritorialScope: string }): PublicationDocument {
  const missing = missingForPublication(rows);
  if (missing.length > 0) throw new Error(`Document ${rows.document.id} cannot be published yet: missing ${missing.join(', ')}`);
  const { document } = rows;
  return {
    id: document.id,
    number: document.number!,
    docType: document.docType!,
    docTypeName: docTypeInfo(document.docType!).name,
    issuer: { id: document.issuer!.id, name: document.issuer!.name },
    signer: { name: document.signerName!, title: document.signerTitle, capacity: document.signingCapacity },
    issuedDate: document.issuedDate!,
    effectiveDate: document.effectiveDate!,
    expiryDate: document.expiryDate,
    expiryReason: document.expiryReason,
    title: document.title!,
    field: document.field,
    sector: null,
    territorialScope: document.territorialScope ?? options.defaultTerritorialScope,
    validityStatus: document.validityStatus ?? 'NOT_YET_EFFECTIVE',
    gazette: rows.gazette?.externalId && rows.gazette.publishedAt ? { issueNo: rows.gazette.externalId, date: rows.gazette.publishedAt.toISOString().slice(0, 10) } : null,
    applicationNotes: null,
    provisions: treeOf(rows.provisions),
    relations: rows.relations.map((r) => ({
      type: r.type,
      targetNumber: r.other?.number ?? r.targetRef?.number ?? null,
      targetTitle: r.other?.title ?? r.targetRef?.name ?? null,
      targetPathKey: r.targetPathKey,
    })),
    fullText: rows.version.text ?? '',
    originalFile: { fileName: rows.version.fileName ?? `${document.number!.replace(/\W+/g, '-')}.txt`, mimeType: rows.version.mimeType, bytes: rows.file, sha256: rows.version.sha256 },
  };
}

function treeOf(rows: PublicationRows['provisions']): PublicationProvision[] {
  const nodes = new Map<string, PublicationProvision>();
  const roots: PublicationProvision[] = [];
  for (const row of rows) {
    const node: PublicationProvision = { level: row.level, number: row.number, pathKey: row.pathKey, heading: row.heading, text: row.text, children: [] };
    nodes.set(row.id, node);
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
