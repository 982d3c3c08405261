import { In, MoreThan, type DataSource } from 'typeorm';
import { DocumentVersionEntity } from '../documents/document-version.entity';
import { DocumentEntity } from '../documents/document.entity';
import { ProvisionEntity } from '../documents/provision.entity';

/**
 * Streams what the search indexes must hold, straight from the system of record: every document
 * with its current version's text, and the provisions of those current versions. Keyset pagination
 * by id keeps memory flat whatever the size.
 */
export class SearchSourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async *documents(batchSize = 200): AsyncGenerator<{ document: DocumentEntity; text: string }[]> {
    for (let after = ''; ; ) {
      const documents = await this.dataSource.getRepository(DocumentEntity).find({
        where: { id: MoreThan(after || '00000000-0000-0000-0000-000000000000') },
        relations: { issuer: true },
        order: { id: 'ASC' },
        take: batchSize,
      });
      const indexed = documents.filter((d) => d.currentVersionId);
      if (indexed.length > 0) {
        const versions = await this.dataSource.getRepository(DocumentVersionEntity).find({
          where: { id: In(indexed.map((d) => d.currentVersionId!)) },
          select: { id: true, text: true },
        });
        const text = new Map(versions.map((v) => [v.id, v.text ?? '']));
        yield indexed.map((document) => ({ document, text: text.get(document.currentVersionId!) ?? '' }));
      }
      if (documents.length < batchSize) return;
      after = documents[documents.length - 1].id;
    }
  }

  async *provisions(batchSize = 1000): AsyncGenerator<{ provision: ProvisionEntity; document: DocumentEntity }[]> {
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const provisions: ProvisionEntity[] = await this.dataSource
        .getRepository(ProvisionEntity)
        .createQueryBuilder('p')
        .innerJoin(DocumentEntity, 'd', 'd.current_version_id = p.version_id')
        .where('p.id > :after', { after })
        .orderBy('p.id', 'ASC')
        .take(batchSize)
        .getMany();
      if (provisions.length === 0) return;
      const documents = await this.dataSource.getRepository(DocumentEntity).find({
        where: { id: In([...new Set(provisions.map((p) => p.documentId))]) },
        relations: { issuer: true },
      });
      const byId = new Map(documents.map((d) => [d.id, d]));
      yield provisions.map((provision) => ({ provision, document: byId.get(provision.documentId)! }));
      if (provisions.length < batchSize) return;
      after = provisions[provisions.length - 1].id;
    }
  }
}
