export { callTemporal } from './temporal-errors';
export { createLazyTemporalClient, temporalIsHealthy, type TemporalConfig } from './temporal-client';
