import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';

/** A real PDF of the shared corpus (see corpus/pdf/SOURCES.md there). */
export function corpusPdf(name: string): Buffer {
  return readFileSync(sharedPath('corpus', 'pdf', name));
}

function runs(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 ? result.stdout : null;
}

/** True when tesseract with Vietnamese data and pdftoppm are installed (as in CI). */
export const hasTesseract = (runs('tesseract', ['--list-langs'])?.split(/\s+/).includes('vie') ?? false) && runs('pdftoppm', ['-v']) !== null;

/** True when poppler's pdftotext is installed (as in CI). */
export const hasPdftotext = runs('pdftotext', ['-v']) !== null;
