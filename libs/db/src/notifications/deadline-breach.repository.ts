import type { DataSource } from 'typeorm';
import { DeadlineBreachEntity } from './deadline-breach.entity';

export class DeadlineBreachRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a breach once per workflow deadline, however often the activity runs. */
  async record(breach: Pick<DeadlineBreachEntity, 'workflowId' | 'deadlineId' | 'documentId' | 'agencyId' | 'step' | 'dueDate'>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(DeadlineBreachEntity).values(breach).orIgnore().execute();
  }

  /** The step was finally done: the breach stays counted, with when it ended. */
  async resolve(workflowId: string, deadlineId: string): Promise<void> {
    await this.dataSource.getRepository(DeadlineBreachEntity).update({ workflowId, deadlineId, resolvedAt: undefined }, { resolvedAt: new Date() });
  }

  ofDocument(documentId: string): Promise<DeadlineBreachEntity[]> {
    return this.dataSource.getRepository(DeadlineBreachEntity).find({ where: { documentId }, order: { breachedAt: 'ASC' } });
  }
}
