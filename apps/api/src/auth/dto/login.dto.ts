import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'drafter@legis.local' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'legis-demo-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class AccessTokenDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' }) accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires.', example: 28800 }) expiresIn!: number;
}
