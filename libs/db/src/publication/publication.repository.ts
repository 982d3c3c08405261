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

  /**
   * The next e-Gazette entry number of a year ("CB-2026-0042"). An advisory lock serialises the
   * count, so two documents published at once never share a number.
   */
  async nextGazetteIssue(year: number): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`gazette-${year}`]);
      const rows: { n: number }[] = await manager.query(
        `SELECT count(*)::int + 1 AS n FROM publications WHERE channel = 'gazette' AND external_id LIKE $1`,
        [`CB-${year}-%`],
      );
      return `CB-${year}-${String(rows[0].n).padStart(4, '0')}`;
    });
  }

  ofDocument(documentId: string): Promise<PublicationEntity[]> {
    return this.dataSource.getRepository(PublicationEntity).find({ where: { documentId }, order: { channel: 'ASC' } });
  }
}
