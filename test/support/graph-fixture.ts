import { randomUUID } from 'node:crypto';
import { DocumentEntity, IssuerEntity, RelationEntity, type IssuerLevel } from '@legis/db';
import type { RelationType, ValidityStatus } from '@legis/domain';
import type { DataSource } from 'typeorm';

/**
 * Issuers, documents and relations written straight into PostgreSQL, for tests of what walks the
 * relation graph (review on basis change). Names carry a tag, so tests sharing a database never meet.
 */
export class GraphFixture {
  private readonly tag = randomUUID().slice(0, 8);

  constructor(private readonly dataSource: DataSource) {}

  async issuer(name: string, level: IssuerLevel): Promise<string> {
    const id = randomUUID();
    await this.dataSource.getRepository(IssuerEntity).insert({ id, name: `${name} ${this.tag}`, nameKey: `${name}-${this.tag}`.toLowerCase(), level });
    return id;
  }

  async document(name: string, issuerId: string, kind: 'issued' | 'draft' = 'issued', validityStatus: ValidityStatus | null = 'IN_FORCE'): Promise<string> {
    const id = randomUUID();
    await this.dataSource.getRepository(DocumentEntity).insert({ id, kind, issuerId, title: `Văn bản ${name} ${this.tag}`, validityStatus, isNormative: true, providedFields: [] });
    return id;
  }

  async relate(type: RelationType, sourceDocumentId: string, targetDocumentId: string, sourcePathKey: string | null = null, targetPathKey: string | null = null): Promise<void> {
    await this.dataSource.getRepository(RelationEntity).insert({ type, sourceDocumentId, targetDocumentId, sourcePathKey, targetPathKey, origin: 'manual' });
  }
}
