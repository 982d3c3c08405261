import { DOC_TYPES, SYSTEMATISATION_LISTS, SYSTEMATISATION_PHASES, SYSTEMATISATION_RESULTS, type DocType, type SystematisationList, type SystematisationResult } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../common/pagination/page';

const DOC_TYPE_NAMES = DOC_TYPES.map((info) => info.docType);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'must be a date YYYY-MM-DD';
export const MAX_RESULTS_PER_REQUEST = 1000;
export const EXPORT_FORMATS = ['json', 'csv', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class CampaignScopeDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Issuers in scope (default: every provincial issuer).' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) issuerIds?: string[];

  @ApiPropertyOptional({ enum: DOC_TYPE_NAMES, isArray: true, description: 'Document types in scope (default: all).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsIn(DOC_TYPE_NAMES, { each: true }) docTypes?: DocType[];

  @ApiPropertyOptional({ type: [String], description: 'Fields (lĩnh vực) in scope, as stored on documents (default: all).' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(200, { each: true }) fields?: string[];
}

/** `POST /systematisation/campaigns`: plan a cycle (REFERENCE §4.12). */
export class CreateCampaignDto {
  @ApiProperty({ example: '2023-12-31', description: 'Thời điểm hệ thống hóa: 31 December of the fifth year of the cycle.' })
  @IsString() @Matches(ISO_DATE, { message: DATE_MESSAGE }) referenceDate!: string;

  @ApiPropertyOptional({ example: '2019-01-01', description: 'Default: 1 January, four years before the end of the period.' })
  @IsOptional() @IsString() @Matches(ISO_DATE, { message: DATE_MESSAGE }) periodStart?: string;

  @ApiPropertyOptional({ example: '2023-12-31', description: 'Default: the reference date.' })
  @IsOptional() @IsString() @Matches(ISO_DATE, { message: DATE_MESSAGE }) periodEnd?: string;

  @ApiPropertyOptional({ type: CampaignScopeDto }) @IsOptional() @ValidateNested() @Type(() => CampaignScopeDto) scope?: CampaignScopeDto;

  @ApiProperty({ example: 'KH-45/KH-UBND', description: 'The systematisation plan (kế hoạch) this campaign carries out.' })
  @IsString() @MinLength(1) @MaxLength(200) planRef!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Reviews documents with no drafting agency on record (default: the Department of Justice).' })
  @IsOptional() @IsUUID() leadAgencyId?: string;
}

export class AgencyProgressDto {
  @ApiProperty({ type: String, nullable: true }) agencyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) agencyName!: string | null;
  @ApiProperty() total!: number;
  @ApiProperty() answered!: number;
  @ApiProperty({ type: Object, description: 'Documents per result; PENDING for those without one.' }) byResult!: Record<string, number>;
}

export class CampaignSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'systematisation-…' }) workflowId!: string;
  @ApiProperty({ example: '2019–2023' }) cycleLabel!: string;
  @ApiProperty({ format: 'date' }) referenceDate!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ type: CampaignScopeDto }) scope!: CampaignScopeDto;
  @ApiProperty() planRef!: string;
  @ApiProperty({ type: String, nullable: true }) leadAgencyId!: string | null;
  @ApiProperty({ enum: SYSTEMATISATION_PHASES }) phase!: string;
  @ApiProperty() total!: number;
  @ApiProperty() answered!: number;
  @ApiProperty({ type: Object, nullable: true, description: 'Documents per list once classified.' }) listCounts!: Record<string, number> | null;
  @ApiProperty({ type: String, nullable: true, description: 'The administrator who closed the campaign before every result was in.' }) closedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) closeReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CampaignPageDto extends PageMetaDto {
  @ApiProperty({ type: [CampaignSummaryDto] }) items!: CampaignSummaryDto[];
}

export class CampaignDto extends CampaignSummaryDto {
  @ApiProperty({ type: [AgencyProgressDto], description: 'Documents per agency and result (the read model).' }) progress!: AgencyProgressDto[];
  @ApiProperty({ type: Object, nullable: true, description: 'The workflow state (phase, counts, runs), when Temporal answers.' }) live!: Record<string, unknown> | null;
}

export class AssignmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this agency (drafters always see their own).' }) @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ description: 'Only documents without a result.' })
  @IsOptional() @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() pending?: boolean;
}

export class ResultItemDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() documentId!: string;
  @ApiProperty({ enum: SYSTEMATISATION_RESULTS }) @IsIn(SYSTEMATISATION_RESULTS) result!: SystematisationResult;
  @ApiPropertyOptional({ example: '2022-07-01', description: 'When it expired or was suspended (default: as recorded).' })
  @IsOptional() @IsString() @Matches(ISO_DATE, { message: DATE_MESSAGE }) changedOn?: string;
  @ApiPropertyOptional({ description: 'Reason, or the content of the recommended fix.' }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
  @ApiPropertyOptional({ type: [String], description: 'Provisions concerned (path keys, e.g. d5.k2).' })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) @MaxLength(100, { each: true }) provisions?: string[];
}

/** `POST /systematisation/campaigns/{id}/results`: an agency's review results, all or nothing. */
export class RecordResultsDto {
  @ApiProperty({ type: [ResultItemDto], maxItems: MAX_RESULTS_PER_REQUEST })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_RESULTS_PER_REQUEST) @ValidateNested({ each: true }) @Type(() => ResultItemDto) items!: ResultItemDto[];
}

export class RecordResultsResponseDto {
  @ApiProperty() recorded!: number;
  @ApiProperty() answered!: number;
  @ApiProperty() total!: number;
}

export class CloseCampaignDto {
  @ApiProperty({ example: 'Hết thời hạn rà soát theo kế hoạch' }) @IsString() @MinLength(1) @MaxLength(1000) reason!: string;
}

export class CloseCampaignResponseDto {
  @ApiProperty() unanswered!: number;
  @ApiProperty({ example: 'closing' }) status!: string;
}

export class ListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json', description: 'json is paginated; csv and docx hold the whole list.' })
  @IsOptional() @IsIn(EXPORT_FORMATS) format: ExportFormat = 'json';
}

export class ListParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
  @ApiProperty({ enum: SYSTEMATISATION_LISTS }) @IsIn(SYSTEMATISATION_LISTS) list!: SystematisationList;
}

export class AnnualListQueryDto {
  @ApiProperty({ example: 2024 }) @Type(() => Number) @IsInt() @Min(1990) @Max(2100) year!: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'One issuer (default: every provincial issuer).' }) @IsOptional() @IsUUID() issuerId?: string;
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json' }) @IsOptional() @IsIn(EXPORT_FORMATS) format: ExportFormat = 'json';
}
