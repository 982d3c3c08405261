export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * Word-level diff of two texts (Myers' O((n+m)·D) algorithm on whitespace-separated words), merged
 * into runs. Above `maxEdits` differing words it gives up on alignment and reports a plain
 * replacement, which keeps the worst case bounded for texts that share almost nothing.
 */
export function wordDiff(before: string, after: string, maxEdits = 2000): DiffSegment[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const script = myers(a, b, maxEdits);
  if (!script) return merge([...a.map((text) => ({ op: 'delete' as const, text })), ...b.map((text) => ({ op: 'insert' as const, text }))]);
  return merge(script);
}

function myers(a: string[], b: string[], maxEdits: number): DiffSegment[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, depth: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      out.push({ op: 'equal', text: a[x] });
    }
    if (x === prevX) out.push({ op: 'insert', text: b[--y] });
    else out.push({ op: 'delete', text: a[--x] });
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    out.push({ op: 'equal', text: a[x] });
  }
  return out.reverse();
}

function merge(segments: DiffSegment[]): DiffSegment[] {
  const merged: DiffSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.op === segment.op) last.text += ` ${segment.text}`;
    else merged.push({ ...segment });
  }
  return merged;
}
