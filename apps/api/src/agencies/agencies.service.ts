import { AuditRepository, IdentityRepository } from '@legis/db';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { auditActor, type RequestContext } from '../common/http/request-context';
import { type PageQueryDto, toPage, type Page } from '../common/pagination/page';
import { type AgencyDto, type CreateAgencyDto, toAgencyDto } from './agency.dto';

@Injectable()
export class AgenciesService {
  constructor(
    @Inject(IdentityRepository) private readonly identity: IdentityRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async create(input: CreateAgencyDto, context: RequestContext): Promise<AgencyDto> {
    const agency = await this.dataSource.transaction(async (manager) => {
      const created = await this.identity.createAgency(manager, input);
      await this.audit.record(manager, {
        ...auditActor(context),
        action: 'agency.create',
        entityType: 'agency',
        entityId: created.id,
        after: { code: created.code, name: created.name },
      });
      return created;
    });
    return toAgencyDto(agency);
  }

  async list(query: PageQueryDto): Promise<Page<AgencyDto>> {
    return toPage(await this.identity.listAgencies(query.page, query.pageSize), query, toAgencyDto);
  }
}
