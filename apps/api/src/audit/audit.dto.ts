import type { AuditEntryEntity } from '@legis/db';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../common/pagination/page';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'User id of the actor.' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ example: 'user.create' }) @IsOptional() @IsString() @MaxLength(100) action?: string;
  @ApiPropertyOptional({ example: 'user' }) @IsOptional() @IsString() @MaxLength(100) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) workflowId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) requestId?: string;
  @ApiPropertyOptional({ description: 'Inclusive lower bound (ISO 8601).' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ description: 'Exclusive upper bound (ISO 8601).' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: ['user', 'public', 'system', 'workflow'] }) actorType!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ type: Object, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true }) after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) workflowId!: string | null;
}

export class AuditPageDto extends PageMetaDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
}

export const toAuditEntryDto = (entry: AuditEntryEntity): AuditEntryDto => ({
  id: entry.id,
  occurredAt: entry.occurredAt.toISOString(),
  actorType: entry.actorType,
  actorId: entry.actorId,
  actorEmail: entry.actorEmail,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: entry.before,
  after: entry.after,
  requestId: entry.requestId,
  workflowId: entry.workflowId,
});
