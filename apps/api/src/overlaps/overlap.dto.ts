import { DOC_TYPES } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class OverlapRequestDto {
  @ApiPropertyOptional({ description: 'Check a stored document (its current version, or `versionId`). Give this or `text`.' })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({ description: 'A version of `documentId`; default: its current version.' })
  @IsOptional()
  @IsUUID()
  versionId?: string;

  @ApiPropertyOptional({ description: 'Check a text that is not stored (parsed into provisions first).' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(2_000_000)
  text?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Candidates must be in force on this day. Default: the draft’s planned effective date, else today.' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  asOf?: string;

  @ApiPropertyOptional({ enum: DOC_TYPES.map((t) => t.docType), isArray: true, description: 'Only candidates of these document types.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(DOC_TYPES.map((t) => t.docType), { each: true })
  docTypes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Only candidates of these issuers.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  issuerIds?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10, description: 'Candidates per provision.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class OverlapCandidateDto {
  @ApiProperty() provisionId!: string;
  @ApiProperty() documentId!: string;
  @ApiProperty({ type: String, nullable: true }) documentNumber!: string | null;
  @ApiProperty() documentTitle!: string;
  @ApiProperty() docType!: string;
  @ApiProperty({ example: 'd5.k2' }) pathKey!: string;
  @ApiProperty({ example: '12/2023/QĐ-UBND#d5.k2' }) citationKey!: string;
  @ApiProperty({ type: String, nullable: true }) heading!: string | null;
  @ApiProperty({ description: 'The matching passage of the candidate: its whole text unless it is long (over 300 words); explanation offsets point into it.' })
  text!: string;
  @ApiProperty({ description: 'Where `text` starts in the candidate provision (characters).' }) textOffset!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ enum: ['duplicate', 'overlap', 'conflict', 'related'] }) class!: string;
  @ApiProperty({ type: Object, description: '`sharedSpans` (offsets in both texts), `differingValues` side by side, opposite `modality`, `notes`.' })
  explanation!: object;
  @ApiProperty({ description: 'The candidate belongs to a higher-ranking document: repeating it is a drafting-technique fault.' })
  higherRanking!: boolean;
}

export class OverlapFindingDto {
  @ApiProperty() pathKey!: string;
  @ApiProperty({ type: String, nullable: true }) citationKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) heading!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [OverlapCandidateDto], description: 'Best first.' }) candidates!: OverlapCandidateDto[];
}

export class OverlapReportDto {
  @ApiPropertyOptional() documentId?: string;
  @ApiPropertyOptional() versionNo?: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'Provisions checked.' }) units!: number;
  @ApiProperty({ type: Object, description: 'Provisions by the class of their best candidate.' }) summary!: Record<string, number>;
  @ApiProperty({ type: [OverlapFindingDto] }) findings!: OverlapFindingDto[];
  @ApiProperty() durationMs!: number;
}
