import { AuditRepository, IssuerRepository, type IssuerEntity } from '@legis/db';
import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Public, Roles } from '../auth/access.decorators';
import { auditActor, Ctx, type RequestContext } from '../common/http/request-context';
import { PageMetaDto, PageQueryDto, toPage, type Page } from '../common/pagination/page';

class IssuerDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Hội đồng nhân dân thành phố Hà Nội' }) name!: string;
  @ApiProperty({ enum: ['central', 'provincial', 'commune'] }) level!: string;
}

class IssuerPageDto extends PageMetaDto {
  @ApiProperty({ type: [IssuerDto] }) items!: IssuerDto[];
}

class IssuerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name; diacritics optional.' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
}

class CreateIssuerDto {
  @ApiProperty({ example: 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội' }) @IsString() @MinLength(2) @MaxLength(300) name!: string;
}

const toIssuerDto = (issuer: IssuerEntity): IssuerDto => ({ id: issuer.id, name: issuer.name, level: issuer.level });

/** Issuing bodies (cơ quan ban hành). Intake creates them from document headers; admins may add them ahead. */
@ApiTags('documents')
@Controller()
export class IssuersController {
  constructor(
    @Inject(IssuerRepository) private readonly issuers: IssuerRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get('issuers')
  @Public()
  @ApiOperation({ summary: 'Issuing bodies, by name.' })
  @ApiOkResponse({ type: IssuerPageDto })
  async list(@Query() query: IssuerQueryDto): Promise<Page<IssuerDto>> {
    return toPage(await this.issuers.list(query.page, query.pageSize, query.q), query, toIssuerDto);
  }

  @Post('admin/issuers')
  @Roles('admin')
  @ApiOperation({ summary: 'Register an issuing body (returns the existing one when the name is known).' })
  @ApiCreatedResponse({ type: IssuerDto })
  async create(@Body() body: CreateIssuerDto, @Ctx() context: RequestContext): Promise<IssuerDto> {
    const issuer = await this.dataSource.transaction(async (manager) => {
      const ensured = await this.issuers.ensure(body.name, manager);
      await this.audit.record(manager, { ...auditActor(context), action: 'issuer.create', entityType: 'issuer', entityId: ensured.id, after: { name: ensured.name, level: ensured.level } });
      return ensured;
    });
    return toIssuerDto(issuer);
  }
}
