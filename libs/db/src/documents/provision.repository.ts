import { randomUUID } from 'node:crypto';
import { citationKey, type ParsedProvision } from '@legis/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ProvisionEntity } from './provision.entity';

/** The columns intake writes and their SQL types: `replaceForVersion` sends one array per column. */
const INSERTED_COLUMNS = [
  ['id', 'uuid'],
  ['document_id', 'uuid'],
  ['version_id', 'uuid'],
  ['parent_id', 'uuid'],
  ['level', 'varchar'],
  ['number', 'text'],
  ['path_key', 'text'],
  ['citation_key', 'text'],
  ['heading', 'text'],
  ['text', 'text'],
  ['ord', 'int'],
  ['depth', 'smallint'],
  ['start_line', 'int'],
  ['end_line', 'int'],
] as const;

type InsertedRow = Record<(typeof INSERTED_COLUMNS)[number][0], unknown>;

const INSERT_PROVISIONS = `INSERT INTO provisions (${INSERTED_COLUMNS.map(([name]) => name).join(', ')})
  SELECT * FROM unnest(${INSERTED_COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ')})`;

/** Provision trees of versions: written by intake (replacing, never duplicating), read by the API. */
export class ProvisionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Replaces every provision of a version with `tree`. Run inside the intake transaction, so a
   * retried intake leaves exactly one copy. All rows go in one statement of column arrays
   * (`unnest`): row-by-row values made a 370-provision decree one INSERT with 5,180 bound
   * parameters, and TypeORM's building of it showed in the worker's CPU profile.
   */
  async replaceForVersion(
    manager: EntityManager,
    target: { documentId: string; versionId: string; documentNumber: string | null },
    tree: readonly ParsedProvision[],
  ): Promise<number> {
    await manager.getRepository(ProvisionEntity).delete({ versionId: target.versionId });
    const rows: InsertedRow[] = [];
    const visit = (nodes: readonly ParsedProvision[], parentId: string | null, depth: number) => {
      for (const node of nodes) {
        const id = randomUUID();
        rows.push({
          id,
          document_id: target.documentId,
          version_id: target.versionId,
          parent_id: parentId,
          level: node.level,
          number: node.number,
          path_key: node.pathKey,
          citation_key: target.documentNumber ? citationKey(target.documentNumber, node.pathKey) : node.pathKey,
          heading: node.heading,
          text: node.text,
          ord: rows.length,
          depth,
          start_line: node.startLine,
          end_line: node.endLine,
        });
        visit(node.children, id, depth + 1);
      }
    };
    visit(tree, null, 0);
    if (rows.length > 0) await manager.query(INSERT_PROVISIONS, INSERTED_COLUMNS.map(([name]) => rows.map((row) => row[name])));
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
