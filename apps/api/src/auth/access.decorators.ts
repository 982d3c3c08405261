import type { Role } from '@legis/domain';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemDto } from '../common/problem/problem.dto';

export const PUBLIC_ROUTE = 'legis:public';
export const REQUIRED_ROLES = 'legis:roles';

/** The route needs no token (health, login, public reads). Every other route requires one. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The caller must hold at least one of these roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiBearerAuth(),
    ApiForbiddenResponse({ type: ProblemDto, description: `Requires one of the roles: ${roles.join(', ')}.` }),
    ApiUnauthorizedResponse({ type: ProblemDto, description: 'Missing, invalid or expired bearer token.' }),
  );

/** Any signed-in user. */
export const Authenticated = () =>
  applyDecorators(ApiBearerAuth(), ApiUnauthorizedResponse({ type: ProblemDto, description: 'Missing, invalid or expired bearer token.' }));
