import fs from 'node:fs';

/** What the global setup tells every test file about the shared stack. */
export interface SharedStackInfo {
  apiUrl: string;
  appEnv: NodeJS.ProcessEnv;
  dataDir: string;
  meiliUrl: string;
}

export const SHARED_STACK_VARIABLE = 'LEGIS_TEST_STACK_FILE';

export function sharedStack(): SharedStackInfo {
  const file = process.env[SHARED_STACK_VARIABLE];
  if (!file) throw new Error(`${SHARED_STACK_VARIABLE} is not set: run integration tests through jest (the global setup starts the stack).`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SharedStackInfo;
}
