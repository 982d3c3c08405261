/** Every workflow the worker registers. Bodies only: the API imports `@legis/workflows/contracts`. */
export { intake } from './intake.workflow';
export { systemCheck } from './system-check.workflow';
