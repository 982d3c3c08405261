import { describeRulebook, DomainError, PROCEDURE_DOC_TYPES, PROCEDURES, REGIME_VERSIONS, type Procedure, type ProcedureDocType, type RegimeVersion, type RulebookDescription } from '@legis/domain';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ApiConfig } from '../api.config';
import { Public } from '../auth/access.decorators';
import { API_CONFIG } from '../common/infrastructure/tokens';

class RulesQueryDto {
  @ApiPropertyOptional({ enum: REGIME_VERSIONS }) @IsOptional() @IsIn(REGIME_VERSIONS) regime?: RegimeVersion;
  @ApiPropertyOptional({ enum: PROCEDURE_DOC_TYPES }) @IsOptional() @IsIn(PROCEDURE_DOC_TYPES) docType?: ProcedureDocType;
  @ApiPropertyOptional({ enum: PROCEDURES }) @IsOptional() @IsIn(PROCEDURES) procedure?: Procedure;
}

class RulesDto {
  @ApiProperty({ type: [Object], description: 'One rulebook per regime, document type and procedure: steps, who acts, dossier items, time limits with their legal source and confidence, settings with defaults.' })
  items!: RulebookDescription[];
}

@ApiTags('drafts')
@Controller('rules')
@Public()
export class RulesController {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  @Get()
  @ApiOperation({ summary: 'The drafting procedure rulebook as data, with this deployment’s settings (PROCEDURE_SETTINGS).' })
  @ApiOkResponse({ type: RulesDto })
  rules(@Query() query: RulesQueryDto): RulesDto {
    const items: RulebookDescription[] = [];
    for (const regime of query.regime ? [query.regime] : REGIME_VERSIONS) {
      for (const docType of query.docType ? [query.docType] : PROCEDURE_DOC_TYPES) {
        for (const procedure of query.procedure ? [query.procedure] : PROCEDURES) {
          try {
            items.push(describeRulebook(regime, docType, procedure, this.config.procedures.settings));
          } catch (error) {
            // A Chair decision does not exist before Law 87/2025: that combination has no rulebook.
            if (!(error instanceof DomainError && error.code === 'PROCEDURE_NOT_AVAILABLE')) throw error;
          }
        }
      }
    }
    return { items };
  }
}
