import {
  ACTION_NAMES,
  DRAFT_STATES,
  PROCEDURE_DOC_TYPES,
  PROCEDURES,
  REGIME_VERSIONS,
  type ActionName,
  type DraftState,
  type Procedure,
  type ProcedureDocType,
  type RegimeVersion,
} from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../../common/pagination/page';

const DATE = { strict: true, strictSeparator: true } as const;

/** `POST /drafts`: the proposal (đề nghị xây dựng) that opens a drafting procedure. */
export class CreateDraftDto {
  @ApiProperty({ enum: PROCEDURE_DOC_TYPES, description: 'NQ HĐND tỉnh, QĐ UBND tỉnh or QĐ Chủ tịch UBND tỉnh.' })
  @IsIn(PROCEDURE_DOC_TYPES)
  docType!: ProcedureDocType;

  @ApiPropertyOptional({ enum: PROCEDURES, default: 'normal' })
  @IsOptional()
  @IsIn(PROCEDURES)
  procedure?: Procedure;

  @ApiProperty({ example: 'Quy định mức hỗ trợ học phí trên địa bàn tỉnh', description: 'Trích yếu of the future document.' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  title!: string;

  @ApiPropertyOptional({ description: 'Admins: the drafting agency. Drafters draft for their own agency.' })
  @IsOptional()
  @IsUUID()
  draftingAgencyId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-01-01' })
  @IsOptional()
  @IsISO8601(DATE)
  plannedEffectiveDate?: string;

  @ApiPropertyOptional({ example: 'a', description: 'Simplified procedure: the letter of Law 64 Art. 50(1) it relies on.' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  simplifiedGround?: string;

  @ApiPropertyOptional({ description: 'The draft sets policies (a council resolution then needs a policy impact assessment).' })
  @IsOptional()
  @IsBoolean()
  policyBearing?: boolean;

  @ApiPropertyOptional({ description: 'The draft amends or replaces a document (the dossier needs a comparison table).' })
  @IsOptional()
  @IsBoolean()
  amendsOrReplaces?: boolean;

  @ApiPropertyOptional({ enum: REGIME_VERSIONS, description: 'Default: the rules in force today.' })
  @IsOptional()
  @IsIn(REGIME_VERSIONS)
  regime?: RegimeVersion;

  @ApiPropertyOptional({ example: 'Giáo dục' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  field?: string;
}

export class DraftQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DRAFT_STATES })
  @IsOptional()
  @IsIn(DRAFT_STATES)
  state?: DraftState;

  @ApiPropertyOptional({ description: 'Drafting agency (drafters always see their own only).' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Only drafts with a time limit passed (true) or none (false).' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class DraftSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ enum: PROCEDURE_DOC_TYPES }) docType!: string;
  @ApiProperty({ enum: PROCEDURES }) procedure!: string;
  @ApiProperty({ enum: REGIME_VERSIONS }) regime!: string;
  @ApiProperty({ enum: DRAFT_STATES }) state!: string;
  @ApiProperty() stateLabel!: string;
  @ApiProperty({ format: 'uuid' }) draftingAgencyId!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) nextDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) nextDueStep!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['rejected', 'withdrawn', 'inForce'] }) outcome!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class DraftPageDto extends PageMetaDto {
  @ApiProperty({ type: [DraftSummaryDto] }) items!: DraftSummaryDto[];
}

export class DraftDto extends DraftSummaryDto {
  @ApiProperty({ enum: ['live', 'readModel', 'pending'], description: '`live` from the workflow; `readModel` (last written state) when the workflow engine does not answer; `pending` before the workflow has started.' })
  source!: 'live' | 'readModel' | 'pending';
  @ApiProperty({ type: String, format: 'date', nullable: true, description: "The procedure clock's today: dates in actions are checked against it." })
  today!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: ACTION_NAMES, isArray: true, description: 'What you may do now.' }) allowedActions!: ActionName[];
  @ApiProperty({ type: Object, description: 'Where the draft stands: deadlines, dossier, consultation, appraisal, vetting, decision, signing, publication (see the workflow state description).' })
  procedureState!: Record<string, unknown> | null;
  @ApiProperty({ type: [Object], description: 'Transitions, oldest first.' }) history!: unknown[];
  @ApiProperty({ type: Object, nullable: true, description: 'The automated appraisal pre-check of the version last sent for appraisal.' })
  precheck!: { versionId: string; summary: Record<string, number>; findings: unknown[]; createdAt: string } | null;
}

export class DraftActionResultDto {
  @ApiProperty({ enum: ACTION_NAMES }) action!: ActionName;
  @ApiProperty({ enum: DRAFT_STATES }) state!: string;
  @ApiProperty({ type: Object, nullable: true, description: 'The history entry the action wrote.' }) entry!: unknown;
  @ApiProperty() revision!: number;
  @ApiPropertyOptional({ type: Object, description: '`addVersion`: the stored version (intake runs in the background).' }) version?: unknown;
}

export class DraftCommentDto {
  @ApiProperty() commentId!: string;
  @ApiProperty() round!: number;
  @ApiProperty({ enum: ['agency', 'public', 'fatherlandFront'] }) authorKind!: string;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) agencyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) pathKey!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class DraftCommentPageDto extends PageMetaDto {
  @ApiProperty({ type: [DraftCommentDto] }) items!: DraftCommentDto[];
}
