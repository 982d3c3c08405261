/** A part of the stack that tests can stop, kill and start again (to prove readiness and recovery). */
export interface StackService {
  readonly name: string;
  readonly running: boolean;
  start(): Promise<void>;
  /** Graceful stop (SIGTERM or the engine's fast-shutdown signal). */
  stop(): Promise<void>;
  /** SIGKILL: what a crash looks like. */
  kill(): Promise<void>;
}
