import { ProblemException } from '../common/problem/problem.exception';
import type { Submission } from './documents.service';
import { validateMetadata } from './metadata-rules';

/** The two accepted bodies: a multipart file with a JSON `metadata` part, or JSON `{ text, metadata }`. */
export function submission(file: Express.Multer.File | undefined, body: Record<string, unknown>): Submission {
  if (file) {
    const unknown = Object.keys(body).filter((key) => key !== 'metadata');
    if (unknown.length > 0) throw new ProblemException(422, 'VALIDATION_FAILED', 'Unknown form fields.', unknown.map((field) => ({ field, message: 'is not allowed' })));
    return { file, text: null, metadata: validateMetadata(body.metadata) };
  }
  const { text, metadata, ...rest } = body;
  const unknown = Object.keys(rest);
  if (typeof text !== 'string' || unknown.length > 0) {
    throw new ProblemException(422, 'VALIDATION_FAILED', 'Send a multipart `file`, or JSON with `text` and optional `metadata`.', [
      ...(typeof text === 'string' ? [] : [{ field: 'text', message: 'must be a string (or send a multipart file)' }]),
      ...unknown.map((field) => ({ field, message: 'is not allowed' })),
    ]);
  }
  return { file: null, text, metadata: validateMetadata(metadata) };
}

