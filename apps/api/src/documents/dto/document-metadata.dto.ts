import { DOC_TYPES, DOCUMENT_KINDS, REGIME_VERSIONS, VALIDITY_STATUSES, type DocType, type DocumentKind, type RegimeVersion, type SigningCapacity, type ValidityStatus } from '@legis/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const DATE = { strict: true, strictSeparator: true } as const;
const SIGNING_CAPACITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;

/**
 * What an uploader may say about a document. Every field is optional: whatever is missing is read
 * from the text by intake. Fields given here are never overwritten by what the text says.
 */
export class DocumentMetadataDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS, description: 'Default: `draft` for drafters, `issued` for everyone else.' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @ApiPropertyOptional({ enum: DOC_TYPES.map((t) => t.docType), example: 'DECISION' })
  @IsOptional()
  @IsIn(DOC_TYPES.map((t) => t.docType))
  docType?: DocType;

  @ApiPropertyOptional({ example: '12/2023/QĐ-UBND', description: 'Số, ký hiệu; validated and split into sequence, year, type and issuer.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  number?: string;

  @ApiPropertyOptional({ example: 'Quy định về quản lý …', description: 'Trích yếu.' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  title?: string;

  @ApiPropertyOptional({ description: 'An issuer from GET /api/v1/issuers.' })
  @IsOptional()
  @IsUUID()
  issuerId?: string;

  @ApiPropertyOptional({ example: 'Ủy ban nhân dân thành phố Hà Nội', description: 'Issuer by name (created if new); ignored when issuerId is set.' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  issuerName?: string;

  @ApiPropertyOptional({ description: 'Drafts: the drafting agency (a drafter’s own agency by default).' })
  @IsOptional()
  @IsUUID()
  draftingAgencyId?: string;

  @ApiPropertyOptional({ example: '2024-12-20', format: 'date' })
  @IsOptional()
  @IsISO8601(DATE)
  issuedDate?: string;

  @ApiPropertyOptional({ example: '2025-01-01', format: 'date' })
  @IsOptional()
  @IsISO8601(DATE)
  effectiveDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601(DATE)
  expiryDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  expiryReason?: string;

  @ApiPropertyOptional({ enum: VALIDITY_STATUSES, description: 'Issued documents only; default derived from the dates.' })
  @IsOptional()
  @IsIn(VALIDITY_STATUSES)
  validityStatus?: ValidityStatus;

  @ApiPropertyOptional({ example: 'Đất đai' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  field?: string;

  @ApiPropertyOptional({ example: 'Thành phố Hà Nội' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  territorialScope?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signerName?: string;

  @ApiPropertyOptional({ example: 'PHÓ CHỦ TỊCH' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signerTitle?: string;

  @ApiPropertyOptional({ enum: SIGNING_CAPACITIES })
  @IsOptional()
  @IsIn(SIGNING_CAPACITIES)
  signingCapacity?: SigningCapacity;

  @ApiPropertyOptional({ description: 'Default: true for normative types with a year in their number.' })
  @IsOptional()
  @IsBoolean()
  isNormative?: boolean;

  @ApiPropertyOptional({ enum: REGIME_VERSIONS, description: 'Default: the regime in force on the issued date.' })
  @IsOptional()
  @IsIn(REGIME_VERSIONS)
  regimeVersion?: RegimeVersion;
}
