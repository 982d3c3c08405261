import { DOC_TYPES, VALIDITY_STATUSES } from '@legis/domain';
import { MAX_PAGE_SIZE, SEARCH_FACETS } from '@legis/search';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value);

export class SearchQueryDto {
  @ApiPropertyOptional({ description: 'Words to find; diacritics optional ("quyet dinh" finds "quyết định"); abbreviations like UBND, HĐND expand.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @ApiPropertyOptional({ enum: ['documents', 'provisions'], default: 'provisions' })
  @IsOptional()
  @IsIn(['documents', 'provisions'])
  target?: 'documents' | 'provisions';

  @ApiPropertyOptional({ enum: DOC_TYPES.map((t) => t.docType), isArray: true, description: 'Comma-separated.' })
  @IsOptional()
  @Transform(list)
  @IsIn(DOC_TYPES.map((t) => t.docType), { each: true })
  docType?: string[];

  @ApiPropertyOptional({ description: 'Issuer id.' })
  @IsOptional()
  @IsUUID()
  issuer?: string;

  @ApiPropertyOptional({ enum: VALIDITY_STATUSES, isArray: true, description: 'Comma-separated validity statuses.' })
  @IsOptional()
  @Transform(list)
  @IsIn(VALIDITY_STATUSES, { each: true })
  status?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  field?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only what is in force on this day (Vietnam time).' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  asOf?: string;

  @ApiPropertyOptional({ enum: SEARCH_FACETS, isArray: true, description: 'Comma-separated facets to count.' })
  @IsOptional()
  @Transform(list)
  @IsIn(SEARCH_FACETS, { each: true })
  facets?: (typeof SEARCH_FACETS)[number][];

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export class SearchResultDto {
  @ApiProperty({ type: [Object], description: 'Documents or provisions; `highlight` fields are HTML with `<em>` around matches.' }) hits!: unknown[];
  @ApiProperty({ type: Object, description: 'facet → value → count; provisions are counted once each, by their first passage (a long provision matching only further in is left out of the counts, and of total).' })
  facets!: Record<string, Record<string, number>>;
  @ApiProperty({ description: 'At most 1,000. Exact for documents; for provisions, those matching in their first passage (totalIsEstimate), at least the hits shown so far.' }) total!: number;
  @ApiProperty() totalIsEstimate!: boolean;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() totalPages!: number;
  @ApiProperty() processingTimeMs!: number;
}
