import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/test-stack';

const compose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
const hasCompose = compose.status === 0;
const itWithCompose = hasCompose ? it : it.skip;

function config(...args: string[]) {
  return spawnSync('docker-compose', ['--env-file', 'compose.env.example', ...args, 'config'], { cwd: REPO_ROOT, encoding: 'utf8' });
}

describe('docker-compose.yml', () => {
  itWithCompose('parses with `docker-compose config` (skipped when docker-compose is not installed)', () => {
    const result = config();
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    for (const service of ['postgres', 'temporal', 'temporal-ui', 'meilisearch', 'migrate', 'worker', 'api']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${service}:$`, 'm'));
    }
  });

  itWithCompose('pins every image tag and gives every long-running engine a healthcheck', () => {
    const { stdout } = config();
    const images = [...stdout.matchAll(/image: (\S+)/g)].map((m) => m[1]);
    expect(images.filter((image) => !image.startsWith('legis:'))).toEqual(
      expect.arrayContaining(['postgres:17.6-bookworm', 'temporalio/auto-setup:1.28.1', 'getmeili/meilisearch:v1.21.0']),
    );
    for (const image of images) expect(image).not.toMatch(/:latest$/);
    expect(stdout.match(/healthcheck:/g)?.length).toBeGreaterThanOrEqual(4);
  });

  itWithCompose('refuses to render without the secrets', () => {
    const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'legis-compose-')), 'empty.env');
    fs.writeFileSync(empty, '');
    const result = spawnSync('docker-compose', ['--env-file', empty, 'config'], { cwd: REPO_ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('POSTGRES_PASSWORD');
  });
});
