import { DocumentRepository, OverlapReportRepository, ProvisionRepository, TermStatisticsRepository } from '@legis/db';
import { documentRank, DomainError, flattenProvisions, parseLegalText, vietnamDateOf, type Principal } from '@legis/domain';
import { checkOverlaps, overlapUnits, type OverlapUnit, type SearchConfig } from '@legis/search';
import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import type { ApiConfig } from '../api.config';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { DocumentsService } from '../documents/documents.service';
import { withSearch } from '../search/search-errors';
import { searchVisibility } from '../search/search-visibility';
import type { OverlapReportDto, OverlapRequestDto } from './overlap.dto';

const DEFAULT_LIMIT = 10;

/** POST /overlaps and the stored reports of draft versions. */
@Injectable()
export class OverlapsService {
  private readonly search: SearchConfig;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    @Inject(Meilisearch) private readonly meili: Meilisearch,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(DocumentRepository) private readonly repository: DocumentRepository,
    @Inject(ProvisionRepository) private readonly provisions: ProvisionRepository,
    @Inject(TermStatisticsRepository) private readonly termStatistics: TermStatisticsRepository,
    @Inject(OverlapReportRepository) private readonly reports: OverlapReportRepository,
  ) {
    this.search = config.search;
  }

  async check(request: OverlapRequestDto, principal: Principal | undefined): Promise<OverlapReportDto> {
    if (Boolean(request.documentId) === Boolean(request.text)) {
      throw new DomainError('invalid', 'OVERLAP_INPUT', 'Give either documentId (optionally with versionId) or text.', {
        fieldErrors: [{ field: request.documentId ? 'text' : 'documentId', message: 'give exactly one of documentId and text' }],
      });
    }
    const target = request.documentId ? await this.documentUnits(request.documentId, request.versionId, principal) : this.textUnits(request.text!);
    const report = await withSearch(() =>
      checkOverlaps(this.meili, this.search, this.termStatistics, {
        units: target.units,
        asOf: request.asOf ?? target.plannedEffectiveDate ?? vietnamDateOf(Date.now()),
        excludeDocumentIds: target.documentId ? [target.documentId] : [],
        filters: { visibility: searchVisibility(principal), docType: request.docTypes, issuerId: request.issuerIds },
        limit: request.limit ?? DEFAULT_LIMIT,
        authorityRank: target.authorityRank,
      }),
    );
    return { ...(target.documentId ? { documentId: target.documentId, versionNo: target.versionNo } : {}), ...report };
  }

  /** The report intake stored for a draft version. */
  async stored(documentId: string, versionNo: number, principal: Principal | undefined): Promise<OverlapReportDto> {
    await this.documents.visibleDocument(documentId, principal);
    const version = await this.documents.version(documentId, versionNo);
    const report = await this.reports.find(version.id);
    if (!report) {
      throw new DomainError('not_found', 'OVERLAP_REPORT_NOT_FOUND', `No overlap report for version ${versionNo}: intake checks drafts once indexed (status now ${version.status}); use POST /api/v1/overlaps for other documents.`);
    }
    return {
      documentId,
      versionNo,
      asOf: report.asOf,
      units: report.findings.length,
      summary: report.summary,
      findings: report.findings as OverlapReportDto['findings'],
      durationMs: report.durationMs,
    };
  }

  private async documentUnits(documentId: string, versionId: string | undefined, principal: Principal | undefined) {
    const document = await this.documents.visibleDocument(documentId, principal);
    const id = versionId ?? document.currentVersionId;
    const version = id ? await this.repository.findVersionById(id) : null;
    if (!version || version.documentId !== documentId) throw new DomainError('not_found', 'VERSION_NOT_FOUND', `Document ${documentId} has no such parsed version.`);
    const units = overlapUnits(await this.provisions.ofVersion(version.id));
    return { units, documentId, versionNo: version.versionNo, plannedEffectiveDate: document.effectiveDate, authorityRank: documentRank({ ...document, issuerLevel: document.issuer?.level }) };
  }

  private textUnits(text: string): { units: OverlapUnit[]; documentId: null; versionNo: null; plannedEffectiveDate: null; authorityRank: null } {
    const provisions = flattenProvisions(parseLegalText(text).provisions);
    // An unstructured snippet is one provision.
    const units = provisions.length > 0 ? overlapUnits(provisions) : overlapUnits([{ pathKey: 'text', heading: null, text }]);
    return { units, documentId: null, versionNo: null, plannedEffectiveDate: null, authorityRank: null };
  }
}
