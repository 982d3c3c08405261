import { DomainError, type Role } from '@legis/domain';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import { hashPassword } from './password-hasher';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  fullName: string;
  password: string;
  roles: Role[];
  agencyId: string | null;
}

export interface NewAgency {
  code: string;
  name: string;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Users and agencies. Unique violations become typed conflicts; nothing here knows about HTTP. */
export class IdentityRepository {
  constructor(private readonly dataSource: DataSource) {}

  findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOne({ where: { email: normalizeEmail(email) } });
  }

  findUserById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOne({ where: { id }, relations: { agency: true } });
  }

  findAgencyById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AgencyEntity | null> {
    return manager.getRepository(AgencyEntity).findOne({ where: { id } });
  }

  findAgencyByCode(code: string): Promise<AgencyEntity | null> {
    return this.dataSource.getRepository(AgencyEntity).findOne({ where: { code } });
  }

  async listUsers(page: number, pageSize: number, filter: { agencyId?: string; role?: Role } = {}) {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').leftJoinAndSelect('u.agency', 'agency');
    if (filter.agencyId) qb.andWhere('u.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    const [items, total] = await qb.orderBy('u.email', 'ASC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items, total };
  }

  async listAgencies(page: number, pageSize: number) {
    const [items, total] = await this.dataSource
      .getRepository(AgencyEntity)
      .findAndCount({ order: { code: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items, total };
  }

  async createAgency(manager: EntityManager, input: NewAgency): Promise<AgencyEntity> {
    const repo = manager.getRepository(AgencyEntity);
    try {
      return await repo.save(repo.create({ code: input.code, name: input.name }));
    } catch (error) {
      throw uniqueViolation(error, 'AGENCY_CODE_TAKEN', `An agency with code ${input.code} already exists.`, {
        existingId: (await this.findAgencyByCode(input.code))?.id,
      });
    }
  }

  async createUser(manager: EntityManager, input: NewUser): Promise<UserEntity> {
    if (input.roles.includes('drafter') && !input.agencyId) {
      throw new DomainError('invalid', 'DRAFTER_NEEDS_AGENCY', 'A drafter must belong to an agency.', {
        fieldErrors: [{ field: 'agencyId', message: 'is required for the drafter role' }],
      });
    }
    if (input.agencyId && !(await this.findAgencyById(input.agencyId, manager))) {
      throw new DomainError('invalid', 'AGENCY_UNKNOWN', `No agency with id ${input.agencyId}.`, {
        fieldErrors: [{ field: 'agencyId', message: 'does not exist' }],
      });
    }
    const repo = manager.getRepository(UserEntity);
    const user = repo.create({
      email: normalizeEmail(input.email),
      fullName: input.fullName,
      passwordHash: await hashPassword(input.password),
      roles: [...new Set(input.roles)],
      agencyId: input.agencyId,
    });
    try {
      return await repo.save(user);
    } catch (error) {
      throw uniqueViolation(error, 'USER_EMAIL_TAKEN', `A user with e-mail ${user.email} already exists.`, {});
    }
  }

  async touchLastLogin(userId: string): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { lastLoginAt: new Date() });
  }
}

function uniqueViolation(error: unknown, code: string, message: string, extensions: Record<string, unknown>): unknown {
  const isUnique = error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
  return isUnique ? new DomainError('conflict', code, message, { extensions }) : error;
}
