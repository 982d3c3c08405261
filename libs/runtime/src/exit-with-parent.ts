/**
 * When started by the local launcher (LEGIS_PARENT_PID set), exit as soon as the launcher is gone,
 * so a launcher killed with SIGKILL does not leave an API or worker behind.
 */
export function exitWithParent(onOrphaned: () => void, env: NodeJS.ProcessEnv = process.env): void {
  const parent = Number(env.LEGIS_PARENT_PID);
  if (!Number.isInteger(parent) || parent <= 1) return;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      clearInterval(timer);
      onOrphaned();
    }
  }, 1000);
  timer.unref();
}
