import { ENTRY_KINDS, type EntryKind } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CalendarOverrideDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: ENTRY_KINDS }) kind!: EntryKind;
  @ApiProperty({ example: 'Nghỉ bù Tết' }) name!: string;
  @ApiProperty({ example: 'TB 9441/TB-BNV 16/10/2025 [C]' }) source!: string;
}

export class PutCalendarOverrideDto {
  @ApiProperty({ enum: ENTRY_KINDS, description: 'holiday, day_off (a weekday off) or swap_workday (a Saturday worked)' })
  @IsIn(ENTRY_KINDS)
  kind!: EntryKind;

  @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) name!: string;

  @ApiProperty({ description: 'The notice or article, with its confidence tag.' }) @IsString() @MinLength(2) @MaxLength(500) source!: string;
}

export class CalendarYearQueryDto {
  @ApiPropertyOptional({ minimum: 1990, maximum: 2100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1990) @Max(2100) year?: number;
}

export class PeriodQueryDto {
  @ApiProperty({ format: 'date', description: 'The event the period counts from (the day after it is day 1).' })
  @IsISO8601({ strict: true, strictSeparator: true })
  from!: string;

  @ApiProperty({ minimum: 0, maximum: 3650 }) @Type(() => Number) @IsInt() @Min(0) @Max(3650) days!: number;

  @ApiPropertyOptional({ enum: ['calendar', 'working'], default: 'calendar' }) @IsOptional() @IsIn(['calendar', 'working']) unit?: 'calendar' | 'working';

  @ApiPropertyOptional({ enum: ['after', 'before'], default: 'after' }) @IsOptional() @IsIn(['after', 'before']) direction?: 'after' | 'before';
}
