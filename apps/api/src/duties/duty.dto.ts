import { DUTY_ADDRESSEES, type DutyAddressee } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../common/pagination/page';

const STATUSES = ['open', 'overdue', 'fulfilled', 'notNeeded'] as const;

export class DutyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES, description: '`open`: not fulfilled and not past its due date; `overdue`: past it (nợ đọng); `fulfilled`; `notNeeded`.' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: DUTY_ADDRESSEES }) @IsOptional() @IsIn(DUTY_ADDRESSEES) addressee?: DutyAddressee;

  @ApiPropertyOptional({ format: 'uuid', description: 'Duties placed by this central document.' }) @IsOptional() @IsUUID() documentId?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: '`csv`: every matching duty as a spreadsheet (paging ignored).' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class DetectDutiesDto {
  @ApiProperty({ format: 'uuid', description: 'An issued document: central ones are read for duties, provincial ones linked to the duties they fulfil.' })
  @IsUUID()
  documentId!: string;
}

export class LinkDutyDto {
  @ApiProperty({ format: 'uuid', description: 'The issued provincial document that details the delegated content.' })
  @IsUUID()
  documentId!: string;
}

export class DutyFulfilmentDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) issuedDate!: string | null;
  @ApiProperty({ format: 'date' }) linkedOn!: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Issued by the due date.' }) onTime!: boolean | null;
  @ApiProperty({ enum: ['relation', 'manual'] }) how!: string;
}

export class DutyDto {
  @ApiProperty({ example: 'duty-0d6c…-d26.k2-council' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) sourceDocumentId!: string;
  @ApiProperty({ type: String, nullable: true, example: '138/2026/NĐ-CP' }) sourceNumber!: string | null;
  @ApiProperty({ example: 'd26.k2' }) pathKey!: string;
  @ApiProperty({ example: 'khoản 2 Điều 26' }) citationKey!: string;
  @ApiProperty({ enum: DUTY_ADDRESSEES }) addressee!: string;
  @ApiProperty() addresseeLabel!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The delegating provision\'s effective date.' }) dueDate!: string | null;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty({ description: 'The case status: IDENTIFIED, ASSIGNED, FULFILLED, NOT_NEEDED.' }) caseStatus!: string;
  @ApiProperty({ type: String, nullable: true }) draftingAgencyId!: string | null;
  @ApiProperty({ format: 'date' }) openedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: [DutyFulfilmentDto] }) fulfilledBy!: DutyFulfilmentDto[];
}

export class DutyPageDto extends PageMetaDto {
  @ApiProperty({ type: [DutyDto] }) items!: DutyDto[];
}

export class DutyDetectionDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ enum: ['central', 'provincial', 'none'] }) role!: string;
  @ApiProperty({ type: [String], description: 'Every duty the document places on the province.' }) duties!: string[];
  @ApiProperty({ type: [String], description: 'Duties opened by this call (none when repeated).' }) opened!: string[];
  @ApiProperty({ type: [String], description: 'Duties fulfilled by linking in this call.' }) linked!: string[];
}
