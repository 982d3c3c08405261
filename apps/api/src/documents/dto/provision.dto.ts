import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';

export class ProvisionDto {
  @ApiProperty({ enum: ['part', 'chapter', 'section', 'subsection', 'article', 'clause', 'point', 'annex'] }) level!: string;
  @ApiProperty({ type: String, nullable: true, example: '5a' }) number!: string | null;
  @ApiProperty({ example: 'd5a.k2.đ' }) pathKey!: string;
  @ApiProperty({ example: '12/2023/QĐ-UBND#d5a.k2.đ' }) citationKey!: string;
  @ApiProperty({ type: String, nullable: true }) heading!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Set when this provision alone expired or is suspended.' }) validityStatus!: string | null;
  @ApiProperty({ description: 'Depth in the tree (0 = top level).' }) depth!: number;
  @ApiProperty({ type: String, nullable: true }) parentPathKey!: string | null;
}

export class ProvisionNodeDto extends ProvisionDto {
  @ApiProperty({ type: () => [ProvisionNodeDto] }) children!: ProvisionNodeDto[];
}

export class ProvisionsDto {
  @ApiProperty() documentId!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty({ type: [ProvisionNodeDto], description: 'The tree, or with `flat=true` a list in document order (no `children`).' })
  items!: (ProvisionNodeDto | ProvisionDto)[];
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ProvisionQueryDto {
  @ApiPropertyOptional({ description: 'A list in document order instead of a tree.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  flat?: boolean;

  @ApiPropertyOptional({ description: 'Version number; default: the current version.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  version?: number;
}
