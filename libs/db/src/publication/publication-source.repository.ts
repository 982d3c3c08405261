import type { DataSource } from 'typeorm';
import { DocumentRepository } from '../documents/document.repository';
import type { DocumentVersionEntity } from '../documents/document-version.entity';
import type { DocumentEntity } from '../documents/document.entity';
import type { ProvisionEntity } from '../documents/provision.entity';
import { ProvisionRepository } from '../documents/provision.repository';
import { RelationRepository, type RelationView } from '../documents/relation.repository';
import { PublicationEntity } from './publication.entity';

/** Everything a publication record, its Akoma Ntoso XML and the export bundle are built from. */
export interface PublicationSource {
  document: DocumentEntity;
  version: DocumentVersionEntity;
  provisions: ProvisionEntity[];
  /** Outgoing relations (this document is the source). */
  relations: RelationView[];
  file: Buffer;
  gazette: PublicationEntity | null;
}

export class PublicationSourceRepository {
  private readonly documents: DocumentRepository;
  private readonly provisions: ProvisionRepository;
  private readonly relations: RelationRepository;

  constructor(private readonly dataSource: DataSource) {
    this.documents = new DocumentRepository(dataSource);
    this.provisions = new ProvisionRepository(dataSource);
    this.relations = new RelationRepository(dataSource);
  }

  /** The document with its current version, or null when it has no parsed version yet. */
  async load(documentId: string): Promise<PublicationSource | null> {
    const document = await this.documents.findById(documentId);
    if (!document?.currentVersionId) return null;
    const version = (await this.documents.findVersionById(document.currentVersionId))!;
    const [provisions, relations, file, gazette] = await Promise.all([
      this.provisions.ofVersion(version.id),
      this.relations.ofDocument(documentId),
      this.documents.file(version.id),
      this.dataSource.getRepository(PublicationEntity).findOneBy({ documentId, channel: 'gazette', status: 'published' }),
    ]);
    return { document, version, provisions, relations: relations.filter((r) => r.direction === 'outgoing'), file: file ?? Buffer.alloc(0), gazette };
  }
}
