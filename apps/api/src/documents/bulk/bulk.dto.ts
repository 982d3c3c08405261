import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { FieldErrorDto } from '../../common/problem/problem.dto';
import { IntakeAcceptedDto } from '../dto/document.dto';

export class BulkAcceptedDto extends IntakeAcceptedDto {
  @ApiProperty({ example: 'line 12' }) source!: string;
}

export class BulkRejectedDto {
  @ApiProperty({ example: 'line 13' }) source!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code!: string;
  @ApiProperty() detail!: string;
  @ApiProperty({ type: [FieldErrorDto] }) errors!: FieldErrorDto[];
  @ApiPropertyOptional({ description: 'For duplicates: the document that already has these bytes.' }) existingId?: string;
}

export class BulkReportDto {
  @ApiProperty() total!: number;
  @ApiProperty() acceptedCount!: number;
  @ApiProperty() rejectedCount!: number;
  @ApiProperty({ type: [BulkAcceptedDto] }) accepted!: BulkAcceptedDto[];
  @ApiProperty({ type: [BulkRejectedDto] }) rejected!: BulkRejectedDto[];
}

export class VersionStatusQueryDto {
  @ApiProperty({ type: [String], maxItems: 500 })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  versionIds!: string[];
}

export class VersionStatusItemDto {
  @ApiProperty() versionId!: string;
  @ApiProperty() documentId!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) statusReason!: string | null;
}
