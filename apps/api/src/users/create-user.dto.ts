import { ROLES, type Role } from '@legis/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../common/pagination/page';
import { UserDto } from './user.dto';

export class CreateUserDto {
  @ApiProperty({ example: 'nguyen.van.a@snnmt.example.gov.vn' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters.' })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['drafter'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional({ description: 'Required for drafters: the drafting agency they act for.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
}

export class UserPageDto extends PageMetaDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
}
