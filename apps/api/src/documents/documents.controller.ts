import { Body, Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Post, Query, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, Public } from '../auth/access.decorators';
import { Ctx, type RequestContext } from '../common/http/request-context';
import type { Page } from '../common/pagination/page';
import { ProblemDto } from '../common/problem/problem.dto';
import { AcceptsUpload } from '../common/upload/upload.interceptor';
import { DocumentTextService } from './document-text.service';
import { ExportService } from './export.service';
import { DocumentsService } from './documents.service';
import { DocumentQueryDto } from './dto/document-query.dto';
import { DocumentDto, DocumentPageDto, IntakeAcceptedDto, VersionDto, VersionStatusDto, type DocumentSummaryDto } from './dto/document.dto';
import { ProvisionQueryDto, ProvisionsDto } from './dto/provision.dto';
import { submission } from './submission';

const UPLOAD_BODY = {
  description:
    'Either multipart/form-data with a `file` part (PDF, DOCX, HTML or text; detected by content) and an optional `metadata` part (JSON), ' +
    'or application/json `{ "text": "…", "metadata": { … } }`. Metadata fields that are missing are read from the text.',
  schema: {
    oneOf: [
      { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, metadata: { type: 'string', description: 'JSON of DocumentMetadataDto' } } },
      { type: 'object', required: ['text'], properties: { text: { type: 'string' }, metadata: { $ref: '#/components/schemas/DocumentMetadataDto' } } },
    ],
  },
};

const UPLOAD_ERRORS = [
  ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Invalid metadata (per-field errors), an empty, corrupt or encrypted file.' }),
  ApiPayloadTooLargeResponse({ type: ProblemDto, description: 'Over UPLOAD_MAX_BYTES, or a PDF with too many pages.' }),
  ApiUnsupportedMediaTypeResponse({ type: ProblemDto, description: 'Not a PDF, DOCX, HTML or text file (checked by content).' }),
  ApiConflictResponse({ type: ProblemDto, description: 'The same bytes were already submitted (`existingId`), or the number is taken.' }),
];

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(DocumentTextService) private readonly text: DocumentTextService,
    @Inject(ExportService) private readonly exports: ExportService,
  ) {}

  @Post()
  @HttpCode(202)
  @Authenticated()
  @AcceptsUpload()
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({ summary: 'Submit a document (draft or issued); intake extracts, parses and indexes it in the background.' })
  @ApiAcceptedResponse({ type: IntakeAcceptedDto })
  @ApplyAll(UPLOAD_ERRORS)
  submit(@UploadedFile() file: Express.Multer.File | undefined, @Body() body: Record<string, unknown>, @Ctx() context: RequestContext): Promise<IntakeAcceptedDto> {
    return this.documents.submit(submission(file, body), context);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'List documents: issued ones for everybody, drafts for their agency, appraisers, reviewers and admins.' })
  @ApiOkResponse({ type: DocumentPageDto })
  list(@Query() query: DocumentQueryDto, @Ctx() context: RequestContext): Promise<Page<DocumentSummaryDto>> {
    return this.documents.list(query, context.principal);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A document: metadata, current and latest version with intake status, validity, relations both ways.' })
  @ApiOkResponse({ type: DocumentDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id') id: string, @Ctx() context: RequestContext): Promise<DocumentDto> {
    return this.documents.get(id, context.principal);
  }

  @Get(':id/provisions')
  @Public()
  @ApiOperation({ summary: 'The provisions of the current version (or `version`): a tree, or a flat list with `flat=true`.' })
  @ApiOkResponse({ type: ProvisionsDto })
  provisions(@Param('id') id: string, @Query() query: ProvisionQueryDto, @Ctx() context: RequestContext): Promise<ProvisionsDto> {
    return this.text.provisionsOf(id, { flat: query.flat ?? false, versionNo: query.version }, context.principal);
  }

  @Get(':id/versions')
  @Public()
  @ApiOperation({ summary: 'Every version of the document with its intake status.' })
  @ApiOkResponse({ type: [VersionDto] })
  versions(@Param('id') id: string, @Ctx() context: RequestContext): Promise<VersionDto[]> {
    return this.documents.versions(id, context.principal);
  }

  @Post(':id/versions')
  @HttpCode(202)
  @Authenticated()
  @AcceptsUpload()
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody(UPLOAD_BODY)
  @ApiOperation({ summary: 'Add a version (a revised draft); same bodies as POST /documents.' })
  @ApiAcceptedResponse({ type: IntakeAcceptedDto })
  @ApplyAll(UPLOAD_ERRORS)
  addVersion(@Param('id') id: string, @UploadedFile() file: Express.Multer.File | undefined, @Body() body: Record<string, unknown>, @Ctx() context: RequestContext): Promise<IntakeAcceptedDto> {
    return this.documents.addVersion(id, submission(file, body), context);
  }

  @Get(':id/versions/:v')
  @Public()
  @ApiOperation({ summary: 'One version: intake status (`received` → `extracting` → `parsed` → `indexed`, or `needs_ocr` / `failed` with the reason), live progress.' })
  @ApiOkResponse({ type: VersionStatusDto })
  version(@Param('id') id: string, @Param('v', ParseIntPipe) v: number, @Ctx() context: RequestContext): Promise<VersionStatusDto> {
    return this.documents.versionStatus(id, v, context.principal);
  }

  @Get(':id/versions/:v/file')
  @Public()
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html', 'text/plain')
  @ApiOperation({ summary: 'The original bytes of a version, with their content type.' })
  async file(@Param('id') id: string, @Param('v', ParseIntPipe) v: number, @Ctx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.documents.file(id, v, context.principal);
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return new StreamableFile(file.bytes, { type: file.mimeType, length: file.bytes.length });
  }

  @Get(':id/export')
  @Public()
  @ApiProduces('application/zip')
  @ApiOperation({ summary: 'A zip with the National Legal Database record (JSON), its Akoma Ntoso 3.0 XML and the original file.' })
  async export(@Param('id') id: string, @Ctx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const zip = await this.exports.exportZip(id, context.principal);
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(zip.fileName)}`);
    return new StreamableFile(zip.bytes, { type: 'application/zip', length: zip.bytes.length });
  }

  @Get(':id/versions/:a/diff/:b')
  @Public()
  @ApiOperation({ summary: 'Provision-level diff of two versions by path key: added, removed, and changed with a word diff.' })
  diff(@Param('id') id: string, @Param('a', ParseIntPipe) a: number, @Param('b', ParseIntPipe) b: number, @Ctx() context: RequestContext) {
    return this.text.diff(id, a, b, context.principal);
  }

  @Post(':id/versions/:v/retry')
  @HttpCode(202)
  @Authenticated()
  @ApiOperation({ summary: 'Run intake of a version again (after `failed` or `needs_ocr`, or to re-parse); its provisions and relations are replaced, never duplicated.' })
  @ApiAcceptedResponse({ type: IntakeAcceptedDto })
  retry(@Param('id') id: string, @Param('v', ParseIntPipe) v: number, @Ctx() context: RequestContext): Promise<IntakeAcceptedDto> {
    return this.documents.retry(id, v, context);
  }
}

export function ApplyAll(decorators: MethodDecorator[]): MethodDecorator {
  return (target, key, descriptor) => {
    for (const decorator of decorators) decorator(target, key, descriptor);
  };
}
