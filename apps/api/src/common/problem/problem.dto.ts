import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'must be an email' }) message!: string;
}

/** The OpenAPI shape of every error response (RFC 9457, `application/problem+json`). */
export class ProblemDto {
  @ApiProperty({ example: 'urn:legis:problem:validation-failed' }) type!: string;
  @ApiProperty({ example: 'Unprocessable Content' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: 'The request has 1 invalid field.' }) detail!: string;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable code.' }) code!: string;
  @ApiPropertyOptional({ example: '/api/v1/admin/users' }) instance?: string;
  @ApiPropertyOptional({ description: 'Echoes the X-Request-Id header; quote it when reporting a problem.' }) requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}
