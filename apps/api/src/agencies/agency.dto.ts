import type { AgencyEntity } from '@legis/db';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageMetaDto } from '../common/pagination/page';

export class CreateAgencyDto {
  @ApiProperty({ example: 'SXD', description: 'Short unique code: upper-case letters, digits, "-" and "_".' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, { message: 'must be 1–32 upper-case letters, digits, "-" or "_"' })
  code!: string;

  @ApiProperty({ example: 'Sở Xây dựng' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name!: string;
}

export class AgencyDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class AgencyPageDto extends PageMetaDto {
  @ApiProperty({ type: [AgencyDto] }) items!: AgencyDto[];
}

export const toAgencyDto = (agency: AgencyEntity): AgencyDto => ({
  id: agency.id,
  code: agency.code,
  name: agency.name,
  createdAt: agency.createdAt.toISOString(),
});
