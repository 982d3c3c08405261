import { historyToJSON } from '@temporalio/common/lib/proto-utils';

type History = Parameters<typeof historyToJSON>[0];

/**
 * Everything a workflow's history shows an operator, as one searchable text: the history as JSON
 * (event attributes, failure messages, memo and search attributes) followed by every payload
 * decoded (their data is base64 JSON in the JSON form).
 */
export function historyText(history: History): string {
  const json = historyToJSON(history);
  const decoded: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.data === 'string' && typeof record.metadata === 'object') decoded.push(Buffer.from(record.data, 'base64').toString('utf8'));
    Object.values(record).forEach(visit);
  };
  visit(JSON.parse(json));
  return [json, ...decoded].join('\n').normalize('NFC');
}
