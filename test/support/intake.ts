import type { ApiClient } from './api-client';
import { eventually } from './wait';

const TERMINAL = new Set(['indexed', 'failed', 'needs_ocr']);

/** Waits until the version behind `statusUrl` (`/api/v1/documents/…/versions/n`) has finished intake. */
export async function intakeFinished(api: ApiClient, statusUrl: string, timeoutMs = 90_000): Promise<any> {
  const path = statusUrl.replace(/^\/api\/v1/, '');
  const response = await eventually(() => api.get(path), (r) => r.status === 200 && TERMINAL.has(r.body.status), timeoutMs, 300);
  return response.body;
}

/** Uploads a file as multipart (optionally with metadata) and returns the response. */
export function uploadFile(api: ApiClient, path: string, file: { bytes: Buffer; name: string; type?: string }, metadata?: unknown, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  if (metadata !== undefined) form.append('metadata', typeof metadata === 'string' ? metadata : JSON.stringify(metadata));
  return api.request<any>('POST', path, form, headers);
}
