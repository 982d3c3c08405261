/** Every workflow the worker registers. Bodies only: the API imports `@legis/workflows/contracts`. */
export { systemCheck } from './system-check.workflow';
