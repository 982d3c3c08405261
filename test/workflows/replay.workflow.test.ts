import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { HISTORIES_DIR } from '../support/draft-harness';
import { sharedStack } from '../support/shared-stack';
import { workflowBundle } from '../support/workflow-env';

/**
 * Replays recorded histories of real runs (test/fixtures/histories, recorded by the time-skipping
 * lifecycle tests with RECORD_HISTORIES=1) against today's workflow code. A change that would make
 * running drafts fail on their next task (a non-deterministic change) fails here. Re-record only
 * for a change that is deliberately incompatible and shipped with a versioning plan (patched()).
 */
describe('workflow replay over recorded histories', () => {
  const files = fs.readdirSync(HISTORIES_DIR).filter((file) => file.endsWith('.json.gz')).sort();

  it('has histories of every document type, the simplified procedure, publication and control cases', () => {
    expect(files).toEqual(expect.arrayContaining(['draft-committee-decision.json.gz', 'draft-council-resolution.json.gz', 'draft-chair-decision.json.gz', 'draft-simplified-decision.json.gz', 'publication-committee-decision.json.gz', 'case-self-inspection-clean.json.gz']));
  });

  it('replays each of them without a non-determinism error', async () => {
    const bundle = await workflowBundle(sharedStack().dataDir);
    const histories = files.map((file) => ({
      workflowId: path.basename(file, '.json.gz'),
      history: historyFromJSON(JSON.parse(gunzipSync(fs.readFileSync(path.join(HISTORIES_DIR, file))).toString('utf8'))),
    }));
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: bundle }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});
