import { PublicationSourceRepository } from '@legis/db';
import { DomainError, type Principal } from '@legis/domain';
import { buildExportZip, missingForPublication, publicationDocumentOf } from '@legis/national-db';
import { Inject, Injectable } from '@nestjs/common';
import type { ApiConfig } from '../api.config';
import { API_CONFIG } from '../common/infrastructure/tokens';
import { DocumentsService } from './documents.service';

/** GET /documents/{id}/export: the record, its Akoma Ntoso XML and the original file in one zip. */
@Injectable()
export class ExportService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(PublicationSourceRepository) private readonly sources: PublicationSourceRepository,
  ) {}

  async exportZip(documentId: string, principal: Principal | undefined): Promise<{ bytes: Buffer; fileName: string }> {
    const document = await this.documents.visibleDocument(documentId, principal);
    const source = await this.sources.load(document.id);
    if (!source) throw new DomainError('invalid_state', 'NOT_PARSED_YET', 'The document has no parsed version to export yet.');
    const missing = missingForPublication(source);
    if (missing.length > 0) {
      throw new DomainError('invalid_state', 'NOT_EXPORTABLE', `The export record needs ${missing.join(', ')}; set them on the document first.`, { extensions: { missing } });
    }
    const bytes = await buildExportZip(publicationDocumentOf(source, { defaultTerritorialScope: this.config.provinceName }));
    return { bytes, fileName: `${document.number!.replace(/[^\p{L}\p{N}]+/gu, '-')}.zip` };
  }
}
