import type { DataSource, EntityManager } from 'typeorm';
import { ControlCaseEntity } from '../control/control-case.entity';
import { DocumentEntity } from '../documents/document.entity';
import { PetitionEntity } from './petition.entity';
import { PetitionerEntity } from './petitioner.entity';
import { PetitionTextEntity } from './petition-text.entity';

export type NewPetition = Pick<PetitionEntity, 'id' | 'trackingCode' | 'caseId' | 'documentId' | 'pathKeys' | 'content' | 'categoryHint' | 'publicationConsent' | 'assigneeAgencyId' | 'receivedDate'>;
export type NewPetitioner = Pick<PetitionerEntity, 'name' | 'email' | 'phone' | 'address'>;
export type PetitionPublication = Pick<PetitionEntity, 'category' | 'publishedAnswer' | 'publishedContent' | 'answerRef' | 'publishedOn'>;
export type NewPetitionText = Pick<PetitionTextEntity, 'id' | 'petitionId' | 'field' | 'body' | 'writtenBy'>;

export interface PetitionFilter {
  documentId?: string;
  /** The case's status (`RECEIVED`, `IN_REVIEW`, `PUBLISHED`…). */
  status?: string;
  category?: string;
  open?: boolean;
  overdue?: boolean;
  /** Only petitions assigned to these agencies (or to none); all when absent. */
  assigneeAgencyIds?: string[];
}

/** A petition with where its case stands (from the case read model; null before its first projection). */
export interface PetitionRow {
  petition: PetitionEntity;
  case: Pick<ControlCaseEntity, 'status' | 'outcome' | 'dueDate' | 'overdue' | 'detail'> | null;
}

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

export class PetitionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a petition and its petitioner together (the caller's transaction). */
  async create(manager: EntityManager, petition: NewPetition, petitioner: NewPetitioner): Promise<void> {
    await manager.getRepository(PetitionEntity).insert(petition);
    await manager.getRepository(PetitionerEntity).insert({ petitionId: petition.id, ...petitioner });
  }

  /** Issued documents with this normalised number (numbers repeat across issuers). */
  issuedDocumentsNumbered(numberKey: string): Promise<DocumentEntity[]> {
    return this.dataSource.getRepository(DocumentEntity).find({ where: { kind: 'issued', numberKey }, relations: { issuer: true }, take: 20 });
  }

  findById(id: string): Promise<PetitionEntity | null> {
    return this.dataSource.getRepository(PetitionEntity).findOneBy({ id });
  }

  findByCaseId(caseId: string): Promise<PetitionEntity | null> {
    return this.dataSource.getRepository(PetitionEntity).findOneBy({ caseId });
  }

  /** Stores a note or an answer written on the petition's case (the caller's transaction). */
  async addText(manager: EntityManager, text: NewPetitionText): Promise<void> {
    await manager.getRepository(PetitionTextEntity).insert(text);
  }

  /** The bodies of these texts of the petition, by id (ids of other petitions are not found). */
  async texts(petitionId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(PetitionTextEntity).createQueryBuilder('t').where('t.petitionId = :petitionId AND t.id IN (:...ids)', { petitionId, ids }).getMany();
    return new Map(rows.map((row) => [row.id, row.body]));
  }

  async withCase(trackingCode: string): Promise<PetitionRow | null> {
    const petition = await this.dataSource.getRepository(PetitionEntity).findOneBy({ trackingCode });
    return petition ? (await this.attachCases([petition]))[0] : null;
  }

  petitioner(petitionId: string): Promise<PetitionerEntity | null> {
    return this.dataSource.getRepository(PetitionerEntity).findOneBy({ petitionId });
  }

  async petitioners(petitionIds: string[]): Promise<Map<string, PetitionerEntity>> {
    if (petitionIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(PetitionerEntity).createQueryBuilder('r').where('r.petitionId IN (:...ids)', { ids: petitionIds }).getMany();
    return new Map(rows.map((row) => [row.petitionId, row]));
  }

  async list(filter: PetitionFilter, page: number, pageSize: number): Promise<{ items: PetitionRow[]; total: number }> {
    const qb = this.dataSource.getRepository(PetitionEntity).createQueryBuilder('p').leftJoin(ControlCaseEntity, 'c', 'c.caseId = p.caseId');
    if (filter.documentId) qb.andWhere('p.documentId = :documentId', { documentId: filter.documentId });
    if (filter.category) qb.andWhere("(c.detail #>> '{state,data,category}') = :category", { category: filter.category });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.open !== undefined) qb.andWhere(filter.open ? 'c.outcome IS NULL' : 'c.outcome IS NOT NULL');
    if (filter.overdue !== undefined) qb.andWhere('COALESCE(c.overdue, false) = :overdue', { overdue: filter.overdue });
    if (filter.assigneeAgencyIds) qb.andWhere('(p.assigneeAgencyId IS NULL OR p.assigneeAgencyId IN (:...agencies))', { agencies: filter.assigneeAgencyIds.length ? filter.assigneeAgencyIds : [NO_AGENCY] });
    const [petitions, total] = await qb
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.attachCases(petitions), total };
  }

  /** Attaches the published answer; publishing the same answer again changes nothing. */
  async publish(petitionId: string, publication: PetitionPublication): Promise<void> {
    await this.dataSource.getRepository(PetitionEntity).update({ id: petitionId }, publication);
  }

  /** The published answers about a document, newest first. */
  async publishedAnswers(documentId: string, page: number, pageSize: number): Promise<{ items: PetitionEntity[]; total: number }> {
    const [items, total] = await this.dataSource
      .getRepository(PetitionEntity)
      .createQueryBuilder('p')
      .where('p.documentId = :documentId AND p.publishedOn IS NOT NULL', { documentId })
      .orderBy('p.publishedOn', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }

  private async attachCases(petitions: PetitionEntity[]): Promise<PetitionRow[]> {
    if (petitions.length === 0) return [];
    const cases = await this.dataSource
      .getRepository(ControlCaseEntity)
      .createQueryBuilder('c')
      .select(['c.caseId', 'c.status', 'c.outcome', 'c.dueDate', 'c.overdue', 'c.detail'])
      .where('c.caseId IN (:...ids)', { ids: petitions.map((petition) => petition.caseId) })
      .getMany();
    const byId = new Map(cases.map((row) => [row.caseId, row]));
    return petitions.map((petition) => ({ petition, case: byId.get(petition.caseId) ?? null }));
  }
}
