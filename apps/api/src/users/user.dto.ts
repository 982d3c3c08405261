import { ROLES, type Role } from '@legis/domain';
import type { UserEntity } from '@legis/db';
import { ApiProperty } from '@nestjs/swagger';

export class AgencyRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'SNNMT' }) code!: string;
  @ApiProperty({ example: 'Sở Nông nghiệp và Môi trường' }) name!: string;
}

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: AgencyRefDto, nullable: true }) agency!: AgencyRefDto | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    roles: user.roles,
    agency: user.agency ? { id: user.agency.id, code: user.agency.code, name: user.agency.name } : null,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
