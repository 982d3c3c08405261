/** A markup token from htmlparser2: an opening tag with its attributes, text, or a closing tag. */
export type MarkupToken = readonly ['open', string, Readonly<Record<string, string>>] | readonly ['text', string] | readonly ['close', string];

/** Work sent to a sandbox process; it runs one job at a time and may be given another afterwards. */
export type SandboxJob =
  /** `headerOnly`: stop after `pdf-document` (page count and encryption), as an upload check. */
  | { kind: 'pdf'; bytes: Uint8Array; headerOnly?: boolean }
  | { kind: 'html'; html: string }
  /** `parts` are DOCX XML parts (already inflated under our limits) to tokenize in XML mode. */
  | { kind: 'docx'; bytes: Uint8Array; parts: Readonly<Record<string, string>> };

/** Messages the sandbox sends back for a job, ending with `done` or `error`. */
export type SandboxMessage =
  | { type: 'pdf-document'; pages: number; encrypted: boolean }
  | { type: 'pdf-page'; page: number; text: string }
  | { type: 'html'; tokens: MarkupToken[] }
  /** `document` is mammoth's document model as JSON (its functions dropped). */
  | { type: 'docx'; document: string; warnings: string[]; parts: Record<string, MarkupToken[]> }
  /** `heapUsedMb`: what the process still holds after the job, to decide whether to reuse it. */
  | { type: 'done'; heapUsedMb: number }
  | { type: 'error'; name: string; message: string };
