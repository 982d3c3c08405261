import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class StartSystemCheckDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 60_000,
    default: 0,
    description: 'Diagnostics: keep the activity busy this many milliseconds after it writes its row (to observe a worker crash).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60_000)
  holdMs?: number;
}

export class SystemCheckStartedDto {
  @ApiProperty() id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ example: 'RUNNING' }) status!: string;
  @ApiProperty({ example: '/api/v1/admin/system-check/2b7…' }) statusUrl!: string;
}

export class SystemCheckStatusDto {
  @ApiProperty() id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: ['RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED', 'TERMINATED', 'CONTINUED_AS_NEW', 'TIMED_OUT', 'UNKNOWN'] })
  status!: string;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ type: Object, description: 'What the worker wrote to and read back from PostgreSQL and Meilisearch.' })
  result?: unknown;
  @ApiPropertyOptional() failure?: string;
}
