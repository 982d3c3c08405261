import { spawn, spawnSync } from 'node:child_process';
import { sharedPath } from '../fixtures/shared-material';

let available: boolean | undefined;

/** True when `xmllint` (Debian package libxml2-utils) is on PATH. */
export function hasXmllint(): boolean {
  available ??= spawnSync('xmllint', ['--version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  return available;
}

/** `it` when xmllint is installed; otherwise a skipped test whose name says why, so the gap shows in every report. */
export function itWithXmllint(name: string, fn: () => Promise<void>, timeout?: number): void {
  if (hasXmllint()) it(name, fn, timeout);
  else it.skip(`${name} [SKIPPED: xmllint is not installed]`, fn);
}

export interface SchemaValidation {
  valid: boolean;
  /** xmllint's messages, "-:12: element x: Schemas validity error : …", at most 20. */
  errors: string[];
}

/**
 * Validates XML against the OASIS Akoma Ntoso 3.0 schema of the shared material, offline
 * (`--nonet`: the schema imports only the local xml.xsd). Several documents can be checked in one
 * run by passing file paths instead of stdin, which saves loading the schema each time.
 */
export function validateAkomaNtoso(input: { xml: string } | { files: string[] }): Promise<SchemaValidation> {
  const schema = sharedPath('standards', 'akn', 'akomantoso30.xsd');
  const targets = 'files' in input ? input.files : ['-'];
  return new Promise((resolve, reject) => {
    const child = spawn('xmllint', ['--noout', '--nonet', '--schema', schema, ...targets], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const errors = stderr
        .split('\n')
        .filter((line) => line.trim() !== '' && !/ validates$/u.test(line))
        .slice(0, 20);
      resolve({ valid: code === 0, errors });
    });
    child.stdin.on('error', () => undefined); // xmllint may exit before reading everything; 'close' reports why
    child.stdin.end('xml' in input ? input.xml : '');
  });
}
