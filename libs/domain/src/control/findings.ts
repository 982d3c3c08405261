import { type PayloadReader } from '../procedures/machine/payload-reader';
import { FINDING_KINDS, type InspectionFinding } from './vocabulary';

const FINDINGS_MAX = 200;

/**
 * Reads `findings: [{ pathKey?, kind, description }]` of an inspection payload (empty when nothing
 * is wrong). Whether each path key exists in the document is checked where the provisions are (the
 * API), before the action reaches the case.
 */
export function readFindings(reader: PayloadReader, field = 'findings'): InspectionFinding[] {
  return reader.list(field, 0, FINDINGS_MAX, (entry) => ({
    pathKey: entry.optionalText('pathKey', 200),
    kind: entry.choice('kind', FINDING_KINDS),
    description: entry.text('description', 2000),
  }));
}
