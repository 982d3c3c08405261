export * from './intake.contract';
export * from './publication.contract';
export * from './system-check.contract';
export * from './task-queues';
export * from './validity.contract';
export * from './draft.contract';
export * from './control.contract';
