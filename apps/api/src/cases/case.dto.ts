import { CASE_KINDS, INSPECTION_TRIGGERS, type CaseKind, type InspectionTrigger } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../common/pagination/page';

const OPENED_BY_HAND = ['selfInspection', 'inspection'] as const;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CaseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CASE_KINDS }) @IsOptional() @IsIn(CASE_KINDS) kind?: CaseKind;
  @ApiPropertyOptional({ example: 'OPEN' }) @IsOptional() @IsString() @MaxLength(32) status?: string;
  @ApiPropertyOptional({ description: 'Open (true) or closed (false) cases only.' }) @IsOptional() @Transform(toBoolean) @IsBoolean() open?: boolean;
  @ApiPropertyOptional({ description: 'Only cases whose time limit has passed.' }) @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsUUID() documentId?: string;
}

/** `POST /cases`: open a case by hand (a self-inspection of a document loaded as issued, an inspection by competence). */
export class OpenCaseDto {
  @ApiProperty({ enum: OPENED_BY_HAND, description: 'Kinds that are opened by hand; the others open themselves (signing, conclusions, basis changes, petitions).' })
  @IsIn(OPENED_BY_HAND)
  kind!: (typeof OPENED_BY_HAND)[number];

  @ApiProperty({ format: 'uuid' }) @IsUUID() documentId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The agency that inspects (default: any inspector).' }) @IsOptional() @IsUUID() assigneeAgencyId?: string;

  @ApiPropertyOptional({ enum: INSPECTION_TRIGGERS, description: 'Inspection: how the document reached the inspecting body (required for an inspection).' })
  @ValidateIf((dto: OpenCaseDto) => dto.kind === 'inspection')
  @IsIn(INSPECTION_TRIGGERS)
  trigger?: InspectionTrigger;

  @ApiPropertyOptional({ format: 'date', description: 'Inspection: the day the document was received or found (default: today).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'receivedDate must be a date in YYYY-MM-DD form' })
  receivedDate?: string;
}

export class CaseSummaryDto {
  @ApiProperty({ example: 'self-inspection-0d6c…' }) caseId!: string;
  @ApiProperty({ enum: CASE_KINDS }) kind!: string;
  @ApiProperty() kindLabel!: string;
  @ApiProperty({ type: String, nullable: true }) documentId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeAgencyId!: string | null;
  @ApiProperty({ format: 'date' }) openedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty() overdue!: boolean;
}

export class CasePageDto extends PageMetaDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items!: CaseSummaryDto[];
}

export class CaseDto extends CaseSummaryDto {
  @ApiProperty({ enum: ['live', 'readModel'] }) source!: 'live' | 'readModel';
  @ApiProperty({ type: [String], description: 'What you may do now.' }) allowedActions!: string[];
  @ApiProperty({ type: Object, description: 'The case state: kind-specific data (findings, conclusion, handling …), the running time limit, what opened it.' })
  state!: Record<string, unknown>;
  @ApiProperty({ type: [Object] }) history!: unknown[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) today!: string | null;
}

export class CaseActionResultDto {
  @ApiProperty() action!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: Object, nullable: true }) entry!: unknown;
  @ApiProperty() revision!: number;
}
