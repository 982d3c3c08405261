import { DutyRepository } from '@legis/db';
import type { DutyActivities } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { detectDutiesOf } from './detect-duties.activity';

export function createDutyActivities(deps: ActivityDependencies): DutyActivities {
  const context = { duties: new DutyRepository(deps.dataSource), provinceName: deps.publication.provinceName, settings: deps.procedures.controlSettings };
  return { detectDuties: ({ documentId }) => detectDutiesOf(context, documentId) };
}
