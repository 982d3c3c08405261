/** Every workflow the worker registers. Bodies only: the API imports `@legis/workflows/contracts`. */
export { intake } from './intake.workflow';
export { publication } from './publication.workflow';
export { systemCheck } from './system-check.workflow';
export { draft } from './draft.workflow';
export { controlCase } from './control-case.workflow';
export { basisChangeReview } from './basis-change.workflow';
export { systematisation } from './systematisation.workflow';
export { dutyDetection } from './duty-detection.workflow';
