import { DOC_TYPES, DOCUMENT_KINDS, VALIDITY_STATUSES, type DocType, type DocumentKind, type ValidityStatus } from '@legis/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page';

export class DocumentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS }) @IsOptional() @IsIn(DOCUMENT_KINDS) kind?: DocumentKind;
  @ApiPropertyOptional({ enum: DOC_TYPES.map((t) => t.docType) }) @IsOptional() @IsIn(DOC_TYPES.map((t) => t.docType)) docType?: DocType;
  @ApiPropertyOptional({ description: 'Issuer id.' }) @IsOptional() @IsUUID() issuer?: string;
  @ApiPropertyOptional({ enum: VALIDITY_STATUSES, description: 'Validity status.' }) @IsOptional() @IsIn(VALIDITY_STATUSES) status?: ValidityStatus;
  @ApiPropertyOptional({ description: 'Words of the title or number; diacritics optional.' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
}
