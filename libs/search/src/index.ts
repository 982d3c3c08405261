export { assertTaskSucceeded, createMeiliClient, indexUid, type SearchConfig } from './meili-client';
