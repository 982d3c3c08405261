import { PETITION_CATEGORIES, type PetitionCategory } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../common/pagination/page';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Who petitions: kept apart from the petition, shown only to staff allowed to see personal data. */
export class PetitionerDto {
  @ApiProperty({ minLength: 2, maxLength: 200 }) @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ maxLength: 254, description: 'An e-mail or a phone number is required.' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ example: '0912 345 678' }) @IsOptional() @IsString() @Matches(/^\+?[0-9][0-9 .()-]{5,19}$/, { message: 'phone must be a phone number' }) phone?: string;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) address?: string;
}

/** `POST /public/petitions`: the document (by id or number), optionally its provisions, and the petition. */
export class SubmitPetitionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The issued document; or give `documentNumber`.' }) @IsOptional() @IsUUID() documentId?: string;
  @ApiPropertyOptional({ example: '15/2026/QĐ-UBND' }) @IsOptional() @IsString() @MaxLength(100) documentNumber?: string;
  @ApiPropertyOptional({ example: 'd3.k2', description: 'One provision (path key from GET /documents/{id}/provisions).' }) @IsOptional() @IsString() @MaxLength(200) pathKey?: string;
  @ApiPropertyOptional({ type: [String], maxItems: 50 }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(200, { each: true }) pathKeys?: string[];
  @ApiProperty({ minLength: 10, maxLength: 20_000 }) @IsString() @MinLength(10) @MaxLength(20_000) content!: string;
  @ApiProperty({ type: PetitionerDto }) @IsObject() @ValidateNested() @Type(() => PetitionerDto) petitioner!: PetitionerDto;
  @ApiPropertyOptional({ enum: PETITION_CATEGORIES, description: 'What the petitioner thinks it is; staff classify.' }) @IsOptional() @IsIn(PETITION_CATEGORIES) categoryHint?: PetitionCategory;
  @ApiPropertyOptional({ description: 'The petition may be published (masked) with the answer.', default: false }) @IsOptional() @IsBoolean() publicationConsent?: boolean;
}

export class PetitionReceiptDto {
  @ApiProperty({ example: 'K7QM-2HXD-9TZ4', description: 'Keep it to follow the petition.' }) trackingCode!: string;
  @ApiProperty({ example: 'RECEIVED' }) status!: string;
  @ApiProperty({ format: 'date' }) receivedDate!: string;
  @ApiProperty({ example: '/api/v1/public/petitions/K7QM-2HXD-9TZ4' }) statusUrl!: string;
}

export class PublishedAnswerDto {
  @ApiProperty() answer!: string;
  @ApiProperty({ type: String, nullable: true }) answerRef!: string | null;
  @ApiProperty({ format: 'date' }) publishedOn!: string;
}

/** What a petitioner sees with the tracking code: never the petition's text or anyone's details. */
export class PetitionStatusDto {
  @ApiProperty() trackingCode!: string;
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty({ type: [String] }) pathKeys!: string[];
  @ApiProperty({ format: 'date' }) receivedDate!: string;
  @ApiProperty({ example: 'IN_REVIEW', description: 'RECEIVED, IN_INSPECTION, IN_REVIEW, GUIDANCE, ANSWERED, PUBLISHED or FORWARDED.' }) status!: string;
  @ApiProperty({ type: String, nullable: true, enum: PETITION_CATEGORIES }) category!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the answer is due.' }) dueDate!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where a petition not about a normative document was sent.' }) forwardedTo!: string | null;
  @ApiProperty({ type: PublishedAnswerDto, nullable: true }) answer!: PublishedAnswerDto | null;
}

export class PetitionQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() documentId?: string;
  @ApiPropertyOptional({ example: 'RECEIVED' }) @IsOptional() @IsString() @MaxLength(32) status?: string;
  @ApiPropertyOptional({ enum: PETITION_CATEGORIES }) @IsOptional() @IsIn(PETITION_CATEGORIES) category?: PetitionCategory;
  @ApiPropertyOptional({ description: 'Open (true) or closed (false) petitions only.' }) @IsOptional() @Transform(toBoolean) @IsBoolean() open?: boolean;
  @ApiPropertyOptional({ description: 'Only petitions whose answer is late.' }) @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
}

export class PetitionerViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
}

export class PetitionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty({ example: 'petition-0d6c…', description: 'Act on it with POST /cases/{caseId}/actions/{classify|answer|publishAnswer}.' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty({ type: [String] }) pathKeys!: string[];
  @ApiProperty({ description: 'The petition as written for roles that see personal data, masked for the others.' }) content!: string;
  @ApiProperty({ type: String, nullable: true }) categoryHint!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ format: 'date' }) receivedDate!: string;
  @ApiProperty({ type: String, nullable: true }) assigneeAgencyId!: string | null;
  @ApiProperty() publicationConsent!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) publishedOn!: string | null;
  @ApiProperty({ type: PetitionerViewDto, nullable: true, description: 'Only for admins, inspectors and reviewers.' }) petitioner!: PetitionerViewDto | null;
}

export class PetitionPageDto extends PageMetaDto {
  @ApiProperty({ type: [PetitionDto] }) items!: PetitionDto[];
}

export class PetitionAnswerDto {
  @ApiProperty({ type: String, nullable: true, enum: PETITION_CATEGORIES }) category!: string | null;
  @ApiProperty({ type: String, nullable: true }) categoryLabel!: string | null;
  @ApiProperty({ type: [String] }) pathKeys!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'The petition, masked; only when the petitioner agreed to its publication.' }) petition!: string | null;
  @ApiProperty() answer!: string;
  @ApiProperty({ type: String, nullable: true }) answerRef!: string | null;
  @ApiProperty({ format: 'date' }) publishedOn!: string;
}

export class PetitionAnswerPageDto extends PageMetaDto {
  @ApiProperty({ type: [PetitionAnswerDto] }) items!: PetitionAnswerDto[];
}
