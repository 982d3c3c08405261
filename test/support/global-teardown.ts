import type { RunningStack } from '../../scripts/stack/launcher';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __legisStack?: RunningStack }).__legisStack?.stop();
}
