import { randomUUID } from 'node:crypto';
import { citationKey, type ParsedProvision } from '@legis/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ProvisionEntity } from './provision.entity';

const INSERT_CHUNK = 500;

/** Provision trees of versions: written by intake (replacing, never duplicating), read by the API. */
export class ProvisionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Replaces every provision of a version with `tree`. Run inside the intake transaction, so a
   * retried intake leaves exactly one copy.
   */
  async replaceForVersion(
    manager: EntityManager,
    target: { documentId: string; versionId: string; documentNumber: string | null },
    tree: readonly ParsedProvision[],
  ): Promise<number> {
    await manager.getRepository(ProvisionEntity).delete({ versionId: target.versionId });
    const rows: QueryDeepPartialEntity<ProvisionEntity>[] = [];
    const visit = (nodes: readonly ParsedProvision[], parentId: string | null, depth: number) => {
      for (const node of nodes) {
        const id = randomUUID();
        rows.push({
          id,
          documentId: target.documentId,
          versionId: target.versionId,
          parentId,
          level: node.level,
          number: node.number,
          pathKey: node.pathKey,
          citationKey: target.documentNumber ? citationKey(target.documentNumber, node.pathKey) : node.pathKey,
          heading: node.heading,
          text: node.text,
          ord: rows.length,
          depth,
          startLine: node.startLine,
          endLine: node.endLine,
        });
        visit(node.children, id, depth + 1);
      }
    };
    visit(tree, null, 0);
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await manager.createQueryBuilder().insert().into(ProvisionEntity).values(rows.slice(i, i + INSERT_CHUNK)).execute();
    }
    return rows.length;
  }

  /** A version's provisions in document order. */
  ofVersion(versionId: string, manager: EntityManager = this.dataSource.manager): Promise<ProvisionEntity[]> {
    return manager.getRepository(ProvisionEntity).find({ where: { versionId }, order: { ord: 'ASC' } });
  }

  /**
   * Ends provisions (and everything under them) of a version on `date`: repealed or suspended ones
   * get `status`; amended ones keep theirs but stop applying in their old wording (`status` null).
   * Returns the path keys that changed.
   */
  async endProvisions(manager: EntityManager, versionId: string, pathKeys: readonly string[], date: string, status: 'FULLY_EXPIRED' | 'SUSPENDED' | null): Promise<string[]> {
    const rows: { path_key: string }[] = await manager.query(
      `UPDATE provisions SET valid_until = $3, validity_status = COALESCE($4, validity_status)
        WHERE version_id = $1 AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS p(key) WHERE path_key = p.key OR path_key LIKE p.key || '.%')
          AND (valid_until IS NULL OR valid_until > $3)
        RETURNING path_key`,
      [versionId, pathKeys, date, status],
    );
    return rows.map((row) => row.path_key);
  }

  countOfVersion(versionId: string): Promise<number> {
    return this.dataSource.getRepository(ProvisionEntity).countBy({ versionId });
  }
}
