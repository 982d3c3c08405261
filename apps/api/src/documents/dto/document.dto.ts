import type { DocumentEntity, DocumentVersionEntity, RelationView } from '@legis/db';
import { DOC_TYPES, DOCUMENT_KINDS, RELATION_TYPES, VALIDITY_STATUSES, VERSION_STATUSES } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/pagination/page';

export class IssuerRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Ủy ban nhân dân thành phố Hà Nội' }) name!: string;
  @ApiProperty({ enum: ['central', 'provincial', 'commune'] }) level!: string;
}

export class AgencyRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class ParseWarningDto {
  @ApiProperty({ example: 'numbering_gap' }) code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional() pathKey?: string;
  @ApiPropertyOptional() line?: number;
}

export class VersionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 1 }) versionNo!: number;
  @ApiProperty({ enum: VERSION_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why intake failed or needs OCR.' }) statusReason!: string | null;
  @ApiProperty() sha256!: string;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty() mimeType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ type: String, nullable: true, enum: ['text-layer', 'ocr', 'docx', 'html', 'plain'] }) extractionMethod!: string | null;
  @ApiProperty({ type: Number, nullable: true }) pageCount!: number | null;
  @ApiProperty({ type: [ParseWarningDto], description: 'Structural warnings of the parser (drafting technique).' }) warnings!: ParseWarningDto[];
  @ApiProperty() fileUrl!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class RelationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: RELATION_TYPES }) type!: string;
  @ApiProperty({ enum: ['outgoing', 'incoming'], description: 'outgoing: this document is the source.' }) direction!: string;
  @ApiProperty({ type: String, nullable: true }) sourcePathKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetPathKey!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The other document when it is in the database; null for an unresolved reference.' })
  document!: { id: string; number: string | null; title: string | null; docType: string | null; validityStatus: string | null } | null;
  @ApiProperty({ type: Object, nullable: true, description: 'How the source cited the target (type, number, name, date).' })
  cited!: Record<string, unknown> | null;
  @ApiProperty({ enum: ['parsed', 'manual', 'workflow'] }) origin!: string;
  @ApiProperty({ type: Object, nullable: true }) detail!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) raw!: string | null;
}

export class DocumentSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind!: string;
  @ApiProperty({ enum: DOC_TYPES.map((t) => t.docType), nullable: true }) docType!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '12/2023/QĐ-UBND' }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: IssuerRefDto, nullable: true }) issuer!: IssuerRefDto | null;
  @ApiProperty({ type: AgencyRefDto, nullable: true }) draftingAgency!: AgencyRefDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) issuedDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) expiryDate!: string | null;
  @ApiProperty({ enum: VALIDITY_STATUSES, nullable: true }) validityStatus!: string | null;
  @ApiProperty() isNormative!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class DocumentDto extends DocumentSummaryDto {
  @ApiProperty({ type: String, nullable: true }) field!: string | null;
  @ApiProperty({ type: String, nullable: true }) territorialScope!: string | null;
  @ApiProperty({ type: String, nullable: true }) signerName!: string | null;
  @ApiProperty({ type: String, nullable: true }) signerTitle!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['TM', 'KT', 'Q', 'TL', 'TUQ'] }) signingCapacity!: string | null;
  @ApiProperty({ type: String, nullable: true }) expiryReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) regimeVersion!: string | null;
  @ApiProperty({ type: [String], description: 'Fields the uploader set; intake never overwrites them.' }) providedFields!: string[];
  @ApiProperty({ type: VersionDto, nullable: true, description: 'The version whose provisions are the document’s current text.' })
  currentVersion!: VersionDto | null;
  @ApiProperty({ type: VersionDto, nullable: true, description: 'The newest version, which may still be in intake.' })
  latestVersion!: VersionDto | null;
  @ApiProperty({ type: [RelationDto] }) relations!: RelationDto[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class DocumentPageDto extends PageMetaDto {
  @ApiProperty({ type: [DocumentSummaryDto] }) items!: DocumentSummaryDto[];
}

export class IntakeAcceptedDto {
  @ApiProperty({ description: 'The document id.' }) id!: string;
  @ApiProperty() versionId!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty({ enum: VERSION_STATUSES, example: 'received' }) status!: string;
  @ApiProperty({ example: '/api/v1/documents/…/versions/1', description: 'Poll this for the intake status.' }) statusUrl!: string;
}

export class VersionStatusDto extends VersionDto {
  @ApiPropertyOptional({ type: Object, description: 'Live progress of the running intake (stage, pages, provisions).' })
  progress?: Record<string, unknown>;
}

export const versionUrl = (documentId: string, versionNo: number) => `/api/v1/documents/${documentId}/versions/${versionNo}`;

export function toVersionDto(documentId: string, version: DocumentVersionEntity): VersionDto {
  return {
    id: version.id,
    versionNo: version.versionNo,
    status: version.status,
    statusReason: version.statusReason,
    sha256: version.sha256,
    fileName: version.fileName,
    mimeType: version.mimeType,
    sizeBytes: version.sizeBytes,
    extractionMethod: version.extractionMethod,
    pageCount: version.pageCount,
    warnings: version.warnings ?? [],
    fileUrl: `${versionUrl(documentId, version.versionNo)}/file`,
    createdAt: version.createdAt.toISOString(),
    updatedAt: version.updatedAt.toISOString(),
  };
}

export function toDocumentSummaryDto(document: DocumentEntity): DocumentSummaryDto {
  return {
    id: document.id,
    kind: document.kind,
    docType: document.docType,
    number: document.number,
    title: document.title,
    issuer: document.issuer ? { id: document.issuer.id, name: document.issuer.name, level: document.issuer.level } : null,
    draftingAgency: document.draftingAgency ? { id: document.draftingAgency.id, code: document.draftingAgency.code, name: document.draftingAgency.name } : null,
    issuedDate: document.issuedDate,
    effectiveDate: document.effectiveDate,
    expiryDate: document.expiryDate,
    validityStatus: document.validityStatus,
    isNormative: document.isNormative,
    updatedAt: document.updatedAt.toISOString(),
  };
}

export function toRelationDto(relation: RelationView): RelationDto {
  return {
    id: relation.id,
    type: relation.type,
    direction: relation.direction,
    sourcePathKey: relation.sourcePathKey,
    targetPathKey: relation.targetPathKey,
    document: relation.other && {
      id: relation.other.id,
      number: relation.other.number,
      title: relation.other.title,
      docType: relation.other.docType,
      validityStatus: relation.other.validityStatus,
    },
    cited: relation.targetRef ? { ...relation.targetRef } : null,
    origin: relation.origin,
    detail: relation.detail,
    raw: relation.raw,
  };
}
