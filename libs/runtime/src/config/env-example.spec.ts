import fs from 'node:fs';
import path from 'node:path';
import { apiEnv, databaseEnv, intakeEnv, loggingEnv, nationalDbEnv, proceduresEnv, provinceEnv, searchEnv, stackEnv, temporalEnv, workerEnv } from './env-schema';

/** Read by the launcher's tool resolution rather than through a schema. */
const READ_DIRECTLY = ['TEMPORAL_TEST_SERVER'];

describe('.env.example', () => {
  it('lists exactly the variables the code reads', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../../.env.example'), 'utf8');
    const documented = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    const read = [
      ...[loggingEnv, databaseEnv, temporalEnv, searchEnv, apiEnv, workerEnv, intakeEnv, provinceEnv, proceduresEnv, nationalDbEnv, stackEnv].flatMap((shape) => Object.keys(shape)),
      ...READ_DIRECTLY,
    ].sort();
    expect(documented).toEqual(read);
  });
});
