import { IdentityRepository } from '@legis/db';
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { ProblemDto } from '../common/problem/problem.dto';
import { toUserDto, UserDto } from '../users/user.dto';
import { Authenticated, Public } from './access.decorators';
import { AuthService } from './auth.service';
import { AccessTokenDto, LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
  ) {}

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; returns a bearer token.' })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'Wrong e-mail or password.' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many failed attempts; see Retry-After.' })
  login(@Body() body: LoginDto, @Ctx() context: RequestContext): Promise<AccessTokenDto> {
    return this.auth.login(body.email, body.password, context);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user, with roles and agency.' })
  @ApiOkResponse({ type: UserDto })
  async me(@Ctx() context: RequestContext): Promise<UserDto> {
    const user = await this.identity.findUserById(context.principal!.userId);
    return toUserDto(user!);
  }
}
