export * from './system-check.contract';
