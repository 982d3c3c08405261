import { DocumentRepository, ProvisionRepository, type ProvisionEntity } from '@legis/db';
import { diffProvisions, DomainError, type Principal, type ProvisionChange } from '@legis/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DocumentsService } from './documents.service';
import type { ProvisionDto, ProvisionNodeDto, ProvisionsDto } from './dto/provision.dto';

/** A document's text as provisions: the tree, a flat list, and the diff between two versions. */
@Injectable()
export class DocumentTextService {
  constructor(
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(ProvisionRepository) private readonly provisions: ProvisionRepository,
    @Inject(DocumentRepository) private readonly repository: DocumentRepository,
  ) {}

  async provisionsOf(documentId: string, options: { flat: boolean; versionNo?: number }, principal: Principal | undefined): Promise<ProvisionsDto> {
    const document = await this.documents.visibleDocument(documentId, principal);
    const version = options.versionNo
      ? await this.documents.version(documentId, options.versionNo)
      : document.currentVersionId
        ? await this.repository.findVersionById(document.currentVersionId)
        : null;
    if (!version) {
      throw new DomainError('invalid_state', 'NOT_PARSED_YET', 'The document has no parsed version yet; see its latest version’s status.');
    }
    const rows = await this.provisions.ofVersion(version.id);
    const flat = toFlat(rows);
    return { documentId, versionNo: version.versionNo, items: options.flat ? flat : toTree(flat) };
  }

  async diff(documentId: string, from: number, to: number, principal: Principal | undefined): Promise<{ from: number; to: number; summary: Record<ProvisionChange['change'], number>; changes: ProvisionChange[] }> {
    await this.documents.visibleDocument(documentId, principal);
    const [before, after] = await Promise.all([this.documents.version(documentId, from), this.documents.version(documentId, to)]);
    for (const version of [before, after]) {
      if (version.status === 'received' || version.status === 'extracting' || version.status === 'failed' || version.status === 'needs_ocr') {
        throw new DomainError('invalid_state', 'VERSION_NOT_PARSED', `Version ${version.versionNo} is ${version.status}; only parsed versions can be compared.`);
      }
    }
    const [a, b] = await Promise.all([this.provisions.ofVersion(before.id), this.provisions.ofVersion(after.id)]);
    const changes = diffProvisions(a, b);
    const summary = { added: 0, removed: 0, changed: 0 };
    for (const change of changes) summary[change.change]++;
    return { from, to, summary, changes };
  }
}

function toFlat(rows: ProvisionEntity[]): ProvisionDto[] {
  const pathOf = new Map(rows.map((row) => [row.id, row.pathKey]));
  return rows.map((row) => ({
    level: row.level,
    number: row.number,
    pathKey: row.pathKey,
    citationKey: row.citationKey,
    heading: row.heading,
    text: row.text,
    validityStatus: row.validityStatus,
    depth: row.depth,
    parentPathKey: row.parentId ? (pathOf.get(row.parentId) ?? null) : null,
  }));
}

function toTree(flat: ProvisionDto[]): ProvisionNodeDto[] {
  const nodes = new Map<string, ProvisionNodeDto>();
  const roots: ProvisionNodeDto[] = [];
  for (const provision of flat) {
    const node: ProvisionNodeDto = { ...provision, children: [] };
    nodes.set(provision.pathKey, node);
    const parent = provision.parentPathKey ? nodes.get(provision.parentPathKey) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
