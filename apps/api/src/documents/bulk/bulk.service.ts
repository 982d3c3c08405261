import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { DomainError, hasRole } from '@legis/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { ApiConfig } from '../../api.config';
import type { RequestContext } from '../../common/http/request-context';
import { API_CONFIG } from '../../common/infrastructure/tokens';
import { problemOf } from '../../common/problem/problem.filter';
import { DocumentsService } from '../documents.service';
import { validateMetadata } from '../metadata-rules';
import { itemFromJsonLine, type BulkItem } from './bulk-item';
import type { BulkReportDto } from './bulk.dto';
import { itemsFromZip } from './zip-bulk';

/**
 * Loads many documents at once. Each item goes through exactly the checks and hand-off of
 * POST /documents; a bad item is reported and skipped, never aborts the rest. Intake then runs in
 * the background, a workflow per version.
 */
@Injectable()
export class BulkService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
  ) {}

  async fromJsonLines(body: Readable, context: RequestContext): Promise<BulkReportDto> {
    this.authorize(context);
    const report = emptyReport();
    let lineNo = 0;
    for await (const line of readline.createInterface({ input: body, crlfDelay: Infinity })) {
      lineNo++;
      if (line.trim() === '') continue;
      let item: BulkItem;
      try {
        item = itemFromJsonLine(line, lineNo);
      } catch (error) {
        report.rejected.push({ source: `line ${lineNo}`, status: 400, code: 'MALFORMED_LINE', detail: `Not a usable JSON object: ${(error as Error).message}`, errors: [] });
        continue;
      }
      await this.submit(item, context, report);
    }
    return finish(report);
  }

  async fromZip(bytes: Buffer, context: RequestContext): Promise<BulkReportDto> {
    this.authorize(context);
    const report = emptyReport();
    let unpacked;
    try {
      unpacked = await itemsFromZip(bytes, this.config.uploadMaxBytes);
    } catch (error) {
      throw new DomainError('invalid', 'CORRUPT_ZIP', `The upload is not a readable zip archive: ${(error as Error).message}`);
    }
    for (const problem of unpacked.problems) report.rejected.push({ ...problem, status: 422, code: 'BULK_ITEM_INVALID', errors: [] });
    for (const item of unpacked.items) await this.submit(item, context, report);
    return finish(report);
  }

  private async submit(item: BulkItem, context: RequestContext, report: BulkReportDto): Promise<void> {
    try {
      const accepted = await this.documents.submit({ file: item.file, text: item.text, metadata: validateMetadata(item.metadata) }, context);
      report.accepted.push({ source: item.source, ...accepted });
    } catch (error) {
      const { problem } = problemOf(error);
      if (problem.status >= 500 && problem.status !== 503) throw error;
      report.rejected.push({ source: item.source, status: problem.status, code: problem.code, detail: problem.detail, errors: problem.errors ?? [], existingId: problem.existingId as string | undefined });
    }
  }

  private authorize(context: RequestContext): void {
    if (!hasRole(context.principal!, 'admin', 'reviewer')) {
      throw new DomainError('forbidden', 'BULK_FORBIDDEN', 'Bulk loads are for admins and reviewers.');
    }
  }
}

function emptyReport(): BulkReportDto {
  return { total: 0, acceptedCount: 0, rejectedCount: 0, accepted: [], rejected: [] };
}

function finish(report: BulkReportDto): BulkReportDto {
  report.acceptedCount = report.accepted.length;
  report.rejectedCount = report.rejected.length;
  report.total = report.acceptedCount + report.rejectedCount;
  return report;
}
