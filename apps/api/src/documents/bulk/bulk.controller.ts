import { Body, Controller, HttpCode, Inject, Post, Req, UploadedFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles, Authenticated } from '../../auth/access.decorators';
import { Ctx, type RequestContext } from '../../common/http/request-context';
import { ProblemDto } from '../../common/problem/problem.dto';
import { ProblemException } from '../../common/problem/problem.exception';
import { AcceptsUpload } from '../../common/upload/upload.interceptor';
import { DocumentsService } from '../documents.service';
import { BulkReportDto, VersionStatusItemDto, VersionStatusQueryDto } from './bulk.dto';
import { BulkService } from './bulk.service';

const JSON_LINES = ['application/x-ndjson', 'application/jsonl', 'application/json-lines', 'application/x-jsonlines'];

@ApiTags('documents')
@Controller('documents')
export class BulkController {
  constructor(
    @Inject(BulkService) private readonly bulk: BulkService,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
  ) {}

  @Post('bulk')
  @HttpCode(202)
  @Roles('admin', 'reviewer')
  @AcceptsUpload()
  @ApiConsumes(...JSON_LINES, 'multipart/form-data')
  @ApiBody({
    description:
      'JSON Lines (one document per line: `{"text"|"fileBase64", "fileName"?, "metadata"?}`, or the corpus shape `{number, type, issuer, issued_date, title, text}`), ' +
      'or multipart with a `file` part holding a zip of files plus `metadata.csv` (column `file`, then metadata fields).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({ summary: 'Load many documents; each line or file is checked like POST /documents and reported as accepted or rejected.' })
  @ApiAcceptedResponse({ type: BulkReportDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  async load(@Req() request: Request, @UploadedFile() file: Express.Multer.File | undefined, @Ctx() context: RequestContext): Promise<BulkReportDto> {
    if (file) return this.bulk.fromZip(file.buffer, context);
    if (JSON_LINES.some((type) => request.is(type))) return this.bulk.fromJsonLines(request, context);
    throw new ProblemException(415, 'UNSUPPORTED_BULK_FORMAT', `Send JSON Lines (${JSON_LINES[0]}) or a multipart zip in a part named "file".`);
  }

  @Post('versions/status')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'The intake status of up to 500 versions at once (for bulk loads); versions the caller cannot see are left out.' })
  @ApiOkResponse({ type: [VersionStatusItemDto] })
  statuses(@Body() body: VersionStatusQueryDto, @Ctx() context: RequestContext): Promise<VersionStatusItemDto[]> {
    return this.documents.statuses(body.versionIds, context.principal);
  }
}
