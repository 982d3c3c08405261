/** Systematisation campaigns (REFERENCE §4.12) and the annual list of expired documents (§4.11). */
export {
  SYSTEMATISATION_LIST_TITLES,
  SYSTEMATISATION_LISTS,
  SYSTEMATISATION_PHASES,
  SYSTEMATISATION_RESULT_LABELS,
  SYSTEMATISATION_RESULTS,
  type SystematisationList,
  type SystematisationPhase,
  type SystematisationResult,
} from './vocabulary';
export { isIsoDate, planSystematisation, SYSTEMATISATION_CYCLE_YEARS, systematisationScopeKey, type SystematisationPlan, type SystematisationPlanInput, type SystematisationScope } from './plan';
export { classifySystematisationEntry, endedExtent, proposedResult, type ClassifiableEntry, type ValiditySnapshot } from './classify';
export { exportTableCsv, systematisationTable, vietnameseDate, type ExportTable, type SystematisationListEntry } from './export-table';
export { annualListTable, type AnnualListItem } from './annual-list';
