import { CASE_KINDS } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../common/pagination/page';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class ReportQueryDto {
  @ApiPropertyOptional({ description: 'First day of the period (YYYY-MM-DD); with `to`, instead of `year`.' })
  @IsOptional()
  @IsString()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day of the period, included (YYYY-MM-DD).' })
  @IsOptional()
  @IsString()
  to?: string;

  @ApiPropertyOptional({ description: 'A statistical year (default: the current calendar year).' })
  @IsOptional()
  @Matches(/^\d{4}$/u, { message: 'year must be a year YYYY' })
  year?: string;

  @ApiPropertyOptional({ description: 'First day (MM-DD) of the statistical year: `01-01` (default), `10-01`, `12-15`… (REFERENCE §6 leaves it open).' })
  @IsOptional()
  @IsString()
  yearStart?: string;

  @ApiPropertyOptional({ description: 'Only this agency (drafting agency, the assignee of control cases, or the agency reviewing a systematisation document).' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Only this document type.' })
  @IsOptional()
  @IsString()
  docType?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

const OVERDUE_KINDS = ['draft', ...CASE_KINDS] as const;

export class OverdueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OVERDUE_KINDS, description: 'Only drafts, or only control cases of this kind.' })
  @IsOptional()
  @IsIn(OVERDUE_KINDS)
  kind?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json', description: '`csv` lists every overdue item (no paging).' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

class AgencyRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

class ReportMetricDto {
  @ApiProperty() key!: string;
  @ApiProperty() description!: string;
}

export class ReportDefinitionDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [ReportMetricDto] }) metrics!: ReportMetricDto[];
}

class ReportRowDto {
  @ApiProperty({ type: AgencyRefDto, nullable: true }) agency!: AgencyRefDto | null;
  @ApiProperty({ type: String, nullable: true }) docType!: string | null;
  @ApiPropertyOptional({ description: 'Publication report: `gazette` or `national_db`.' }) channel?: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) metrics!: Record<string, number>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, description: 'Case reports: cases closed in the period per outcome.' })
  outcomes?: Record<string, number>;
}

class PeriodDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

class ReportTotalsDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) metrics!: Record<string, number>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } }) outcomes?: Record<string, number>;
}

export class ReportDto extends ReportDefinitionDto {
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({ type: [ReportRowDto] }) rows!: ReportRowDto[];
  @ApiProperty({ type: ReportTotalsDto }) totals!: ReportTotalsDto;
}

class OverdueItemDto {
  @ApiProperty({ description: '`draft` or the kind of the control case.' }) kind!: string;
  @ApiProperty({ description: 'The draft document id, or the case id.' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) documentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: AgencyRefDto, nullable: true }) agency!: AgencyRefDto | null;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The overdue step of a draft.' }) step!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate!: string | null;
}

export class OverduePageDto extends PageMetaDto {
  @ApiProperty({ type: [OverdueItemDto] }) items!: OverdueItemDto[];
}
