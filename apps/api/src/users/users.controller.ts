import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import type { Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { CreateUserDto, UserPageDto, UserQueryDto } from './create-user.dto';
import { UserDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('admin/users')
@Roles('admin')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user with one or more roles; drafters need an agency.' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The e-mail is taken.' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  create(@Body() body: CreateUserDto, @Ctx() context: RequestContext): Promise<UserDto> {
    return this.users.create(body, context);
  }

  @Get()
  @ApiOperation({ summary: 'List users, optionally by agency or role.' })
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: UserQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }
}
