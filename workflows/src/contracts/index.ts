export * from './intake.contract';
export * from './system-check.contract';
export * from './task-queues';
