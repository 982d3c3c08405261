import { AuditRepository, IdentityRepository } from '@legis/db';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { toPage, type Page } from '../common/pagination/page';
import type { CreateUserDto, UserQueryDto } from './create-user.dto';
import { toUserDto, type UserDto } from './user.dto';

@Injectable()
export class UsersService {
  constructor(
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async create(input: CreateUserDto, context: RequestContext): Promise<UserDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const user = await this.identity.createUser(manager, { ...input, agencyId: input.agencyId ?? null });
      await this.audit.record(manager, {
        ...auditActor(context),
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, roles: user.roles, agencyId: user.agencyId },
      });
      return user.id;
    });
    return toUserDto((await this.identity.findUserById(id))!);
  }

  async list(query: UserQueryDto): Promise<Page<UserDto>> {
    return toPage(await this.identity.listUsers(query.page, query.pageSize, { agencyId: query.agencyId, role: query.role }), query, toUserDto);
  }
}
