import { search, type SearchConfig } from '@legis/search';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Meilisearch } from 'meilisearch';
import type { ApiConfig } from '../api.config';
import { Public } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { ProblemDto } from '../common/problem/problem.dto';
import { withSearch } from './search-errors';
import { SearchQueryDto, SearchResultDto } from './search.dto';
import { searchVisibility } from './search-visibility';

@ApiTags('search')
@Controller('search')
export class SearchController {
  private readonly search: SearchConfig;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    @Inject(Meilisearch) private readonly meili: Meilisearch,
  ) {
    this.search = config.search;
  }

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Full-text search of documents or provisions, with filters, facets, highlights and `asOf` (in force on a date). The public sees issued documents only.',
  })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiServiceUnavailableResponse({ type: ProblemDto, description: 'Meilisearch is down (Retry-After); the rest of the API keeps working.' })
  find(@Query() query: SearchQueryDto, @Ctx() context: RequestContext) {
    return withSearch(() =>
      search(this.meili, this.search, {
        target: query.target ?? 'provisions',
        q: query.q,
        visibility: searchVisibility(context.principal),
        docType: query.docType,
        issuerId: query.issuer,
        status: query.status,
        field: query.field,
        asOf: query.asOf,
        facets: query.facets,
        page: query.page,
        pageSize: query.pageSize,
      }),
    );
  }
}
