import type { DataSource } from 'typeorm';
import { PublicationEntity, type PublicationChannel } from './publication.entity';

export class PublicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates or updates the document's row for a channel (one per document and channel). */
  async upsert(documentId: string, channel: PublicationChannel, fields: Partial<Omit<PublicationEntity, 'id' | 'documentId' | 'channel'>>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PublicationEntity)
      .values({ documentId, channel, status: 'pending', ...fields })
      .orUpdate(Object.keys({ status: 1, ...fields }).map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)), ['document_id', 'channel'])
      .execute();
  }

  ofDocument(documentId: string): Promise<PublicationEntity[]> {
    return this.dataSource.getRepository(PublicationEntity).find({ where: { documentId }, order: { channel: 'ASC' } });
  }
}
