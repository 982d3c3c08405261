import type { RelationType } from '@legis/domain';
import type { DataSource } from 'typeorm';
import type { RelationTargetRef } from './relation.entity';

export interface GraphNode {
  id: string;
  kind: 'draft' | 'issued';
  number: string | null;
  title: string | null;
  docType: string | null;
  issuerLevel: string | null;
  validityStatus: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  draftingAgencyId: string | null;
  /** Edges from the root to this node (0 for the root). */
  distance: number;
}

export interface GraphEdge {
  id: string;
  type: RelationType;
  sourceDocumentId: string;
  sourcePathKey: string | null;
  /** Null: a reference to a document not in the database (see `targetRef`). */
  targetDocumentId: string | null;
  targetPathKey: string | null;
  targetRef: RelationTargetRef | null;
  origin: string;
}

export interface RelationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The node limit was reached: some neighbours at the last distances are left out. */
  truncated: boolean;
}

/** A document whose basis changed, reached backwards along BASED_ON/DETAILS edges. */
export interface Dependent {
  documentId: string;
  number: string | null;
  title: string | null;
  draftingAgencyId: string | null;
  /** The changed document it rests on, directly or through central documents. */
  changedDocumentId: string;
  /** The document it rests on directly (the changed one, or a central one resting on it). */
  basisDocumentId: string;
  /** Its provisions that cite, detail or rest on the changed provisions (empty: only the preamble's basis). */
  affectedProvisions: string[];
}

export interface ChangedBasis {
  documentId: string;
  /** Empty: the document as a whole changed. */
  pathKeys: string[];
}

type NodeRow = Omit<GraphNode, 'distance'>;

const NODE_COLUMNS = `d.id, d.kind, d.number, d.title, d.doc_type AS "docType", i.level AS "issuerLevel", d.validity_status AS "validityStatus",
  to_char(d.effective_date, 'YYYY-MM-DD') AS "effectiveDate", to_char(d.expiry_date, 'YYYY-MM-DD') AS "expiryDate", d.drafting_agency_id AS "draftingAgencyId"`;

const EDGE_COLUMNS = `r.id, r.type, r.source_document_id AS "sourceDocumentId", r.source_path_key AS "sourcePathKey",
  r.target_document_id AS "targetDocumentId", r.target_path_key AS "targetPathKey", r.target_ref AS "targetRef", r.origin`;

/** Relations that make a document rest on another: what changes there is reviewed here (REFERENCE §4.10). */
const BASIS_TYPES: RelationType[] = ['BASED_ON', 'DETAILS'];
/** Relations whose provisions are named as affected when their target provisions change. */
const CITING_TYPES: RelationType[] = ['BASED_ON', 'DETAILS', 'IMPLEMENTS', 'CITES'];
const LOCAL_LEVELS = ['provincial', 'commune'];

/** Two path keys overlap when one is the other or contains it (`d5` and `d5.k1`). */
function pathsMeet(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** Whether an edge to `pathKey` (null: the whole document) touches what changed (empty: everything). */
function touches(changed: readonly string[], pathKey: string | null): boolean {
  return changed.length === 0 || pathKey === null || changed.some((key) => pathsMeet(key, pathKey));
}

/** The relation graph around documents, level by level, so cycles and fan-in stay bounded. */
export class RelationGraphRepository {
  constructor(private readonly dataSource: DataSource) {}

  async node(documentId: string): Promise<NodeRow | null> {
    const rows: NodeRow[] = await this.dataSource.query(`SELECT ${NODE_COLUMNS} FROM documents d LEFT JOIN issuers i ON i.id = d.issuer_id WHERE d.id = $1`, [documentId]);
    return rows[0] ?? null;
  }

  /**
   * Edges both ways up to `depth` edges from the root, breadth first; each node is visited once, so
   * cycles end. Nodes `visible` refuses are left out with their edges and are not walked through.
   */
  async around(rootId: string, depth: number, maxNodes: number, visible: (node: NodeRow) => boolean): Promise<RelationGraph> {
    const root = await this.node(rootId);
    if (!root) return { nodes: [], edges: [], truncated: false };
    const nodes = new Map<string, GraphNode>([[rootId, { ...root, distance: 0 }]]);
    const edges = new Map<string, GraphEdge>();
    let frontier = [rootId];
    let truncated = false;
    for (let distance = 1; distance <= depth && frontier.length > 0; distance++) {
      const found: GraphEdge[] = await this.dataSource.query(
        `SELECT ${EDGE_COLUMNS} FROM relations r WHERE r.source_document_id = ANY($1::uuid[]) OR r.target_document_id = ANY($1::uuid[])
          ORDER BY r.type, r.source_document_id, r.source_path_key NULLS FIRST, r.id`,
        [frontier],
      );
      const unseen = [...new Set(found.flatMap((edge) => [edge.sourceDocumentId, edge.targetDocumentId]).filter((id): id is string => id !== null && !nodes.has(id)))];
      const rows: NodeRow[] = unseen.length === 0 ? [] : await this.dataSource.query(`SELECT ${NODE_COLUMNS} FROM documents d LEFT JOIN issuers i ON i.id = d.issuer_id WHERE d.id = ANY($1::uuid[]) ORDER BY d.id`, [unseen]);
      const next: string[] = [];
      for (const row of rows.filter(visible)) {
        if (nodes.size >= maxNodes) {
          truncated = true;
          break;
        }
        nodes.set(row.id, { ...row, distance });
        next.push(row.id);
      }
      for (const edge of found) {
        const ends = [edge.sourceDocumentId, edge.targetDocumentId].filter((id): id is string => id !== null);
        if (ends.every((id) => nodes.has(id))) edges.set(edge.id, edge);
      }
      frontier = next;
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
  }

  /**
   * The local issued documents not fully expired (provincial or commune issuer, or no issuer but a
   * drafting agency of ours) that rest on what changed: BASED_ON or DETAILS edges walked backwards.
   * The walk goes on through central documents (their review is the ministries', but what rests on
   * them rests on the change too) and stops at each local document: its own dependents are reviewed
   * when its review changes it. Documents of unknown level end the walk.
   */
  async dependentsOf(changes: readonly ChangedBasis[], maxDepth: number): Promise<Dependent[]> {
    const found = new Map<string, Dependent>();
    const visited = new Set(changes.map((change) => change.documentId));
    let frontier = new Map(changes.map((change) => [change.documentId, { pathKeys: change.pathKeys, root: change.documentId }]));
    for (let level = 0; level < maxDepth && frontier.size > 0; level++) {
      type Row = { sourceDocumentId: string; targetDocumentId: string; type: RelationType; sourcePathKey: string | null; targetPathKey: string | null; level: 'local' | 'central' | 'unknown'; expired: boolean } & Pick<
        Dependent,
        'number' | 'title' | 'draftingAgencyId'
      >;
      const rows: Row[] = await this.dataSource.query(
        `SELECT r.source_document_id AS "sourceDocumentId", r.target_document_id AS "targetDocumentId", r.type,
                r.source_path_key AS "sourcePathKey", r.target_path_key AS "targetPathKey",
                d.number, d.title, d.drafting_agency_id AS "draftingAgencyId",
                CASE WHEN i.level = ANY($3::text[]) OR (i.id IS NULL AND d.drafting_agency_id IS NOT NULL) THEN 'local'
                     WHEN i.level = 'central' THEN 'central' ELSE 'unknown' END AS level,
                d.validity_status IS NOT DISTINCT FROM 'FULLY_EXPIRED' AS expired
           FROM relations r
           JOIN documents d ON d.id = r.source_document_id AND d.kind = 'issued'
           LEFT JOIN issuers i ON i.id = d.issuer_id
          WHERE r.target_document_id = ANY($1::uuid[]) AND r.type = ANY($2::text[])
          ORDER BY r.source_document_id, r.source_path_key NULLS FIRST`,
        [[...frontier.keys()], CITING_TYPES, LOCAL_LEVELS],
      );
      const next = new Map<string, { pathKeys: string[]; root: string }>();
      const bySource = new Map<string, Row[]>();
      for (const row of rows) {
        const key = `${row.sourceDocumentId}:${row.targetDocumentId}`;
        bySource.set(key, [...(bySource.get(key) ?? []), row]);
      }
      for (const group of bySource.values()) {
        const { sourceDocumentId, targetDocumentId, level, expired } = group[0];
        const { pathKeys, root } = frontier.get(targetDocumentId)!;
        const concerned = group.filter((row) => touches(pathKeys, row.targetPathKey));
        if (expired || level === 'unknown' || visited.has(sourceDocumentId) || !concerned.some((row) => BASIS_TYPES.includes(row.type))) continue;
        if (level === 'central') {
          next.set(sourceDocumentId, { pathKeys: [], root });
          continue;
        }
        const existing = found.get(sourceDocumentId);
        const paths = concerned.map((row) => row.sourcePathKey).filter((key): key is string => key !== null);
        if (existing) existing.affectedProvisions = [...new Set([...existing.affectedProvisions, ...paths])];
        else {
          const { number, title, draftingAgencyId } = group[0];
          found.set(sourceDocumentId, { documentId: sourceDocumentId, number, title, draftingAgencyId, changedDocumentId: root, basisDocumentId: targetDocumentId, affectedProvisions: [...new Set(paths)] });
        }
      }
      for (const id of [...found.keys(), ...next.keys()]) visited.add(id);
      frontier = next;
    }
    return [...found.values()].sort((a, b) => a.documentId.localeCompare(b.documentId));
  }
}
