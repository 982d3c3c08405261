import fs from 'node:fs';

/** Pids of `root` and all its descendants, read from /proc. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident memory in MiB of each process in the tree (or of `root` alone), keyed by its command name. */
export function residentMemory(root: number, options: { children?: boolean } = {}): { totalMiB: number; byCommand: Record<string, number> } {
  const byCommand: Record<string, number> = {};
  let totalKiB = 0;
  for (const pid of options.children === false ? [root] : processTree(root)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? String(pid);
      totalKiB += kib;
      byCommand[name] = Math.round(((byCommand[name] ?? 0) + kib / 1024) * 10) / 10;
    } catch {
      // Gone.
    }
  }
  return { totalMiB: Math.round(totalKiB / 102.4) / 10, byCommand };
}
