import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';

import { BUILT_IN_OVERRIDES } from './built-in-overrides';
import { validateOverrides } from './validate-overrides';

const csv = readFileSync(sharedPath('domain', 'holidays-2024-2026.csv'), 'utf8');
const [header, ...lines] = csv.trim().split('\n');
const rows = lines.map((line) => {
  const [date, kind, name, ...source] = line.split(',');
  return { date, kind, name, source: source.join(',') };
});

describe('BUILT_IN_OVERRIDES', () => {
  it('holds every row of holidays-2024-2026.csv, in order, with its source text', () => {
    expect(header).toBe('date,kind,name,source');
    expect(rows).toHaveLength(45);
    expect(BUILT_IN_OVERRIDES).toEqual(rows);
  });

  it('passes its own validation', () => {
    expect(validateOverrides(BUILT_IN_OVERRIDES)).toEqual([]);
  });
});
