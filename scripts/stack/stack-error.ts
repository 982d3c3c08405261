/**
 * A problem the operator can fix (a missing binary, a busy port, a service that did not come up).
 * The launcher prints only the message: it already says what to do.
 */
export class StackError extends Error {
  override readonly name = 'StackError';
}
