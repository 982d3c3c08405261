import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../../test/fixtures/shared-material';
import { flattenProvisions, parseLegalText, type ParsedProvision } from '../../legal-text';
import { CorpusProvisions } from '../testing/corpus';
import { anchorsOf } from './anchor-of';
import { resolveAnchor } from './resolve-anchor';
import type { VersionProvision } from './version-index';

/**
 * Next versions of real provincial documents, made by editing their text and parsing it again: an
 * article inserted in the middle (the rest renumbered), a clause deleted (its followers renumbered),
 * a clause with a few words added, a clause with five words replaced. Every anchor of the old
 * version is resolved and compared with where the edit put its provision.
 */
const corpus = new CorpusProvisions(readFileSync(sharedPath('corpus', 'documents', 'documents.jsonl'), 'utf8'));

interface Scenario {
  name: string;
  text: string;
  /** Old path key → new path key, or null when the edit deleted it. */
  expected: Map<string, string | null>;
}

const linesOf = (text: string) => text.normalize('NFC').split(/\r\n|\r|\n|\f/u);
const versionOf = (text: string): VersionProvision[] =>
  flattenProvisions(parseLegalText(text).provisions).map(({ pathKey, heading, text: body, level }) => ({ pathKey, heading, text: body, level }));
const unchanged = (old: readonly ParsedProvision[]) => new Map(old.map((p) => [p.pathKey, p.pathKey] as [string, string | null]));

function insertArticle(text: string, old: ParsedProvision[]): Scenario | null {
  const articles = old.filter((p) => p.level === 'article' && /^d\d+$/u.test(p.pathKey));
  if (articles.length < 4) return null;
  const at = articles[Math.floor(articles.length / 2)];
  const from = Number(at.number);
  const starts = new Set(articles.map((a) => a.startLine - 1));
  const lines = linesOf(text).flatMap((line, i) => {
    const renumbered = starts.has(i) ? line.replace(/^(\s*Điều\s+)(\d+)/u, (m, head: string, n: string) => (Number(n) >= from ? `${head}${Number(n) + 1}` : m)) : line;
    return i === at.startLine - 1
      ? [`Điều ${from}. Kiểm tra, giám sát việc thực hiện`, '1. Cơ quan chủ trì tổ chức kiểm tra định kỳ hằng năm.', '2. Kết quả kiểm tra được công khai.', renumbered]
      : [renumbered];
  });
  const expected = new Map(
    old.map((p) => {
      const match = /^d(\d+)(.*)$/u.exec(p.pathKey);
      return [p.pathKey, match && Number(match[1]) >= from ? `d${Number(match[1]) + 1}${match[2]}` : p.pathKey] as [string, string | null];
    }),
  );
  return { name: 'article inserted', text: lines.join('\n'), expected };
}

function deleteClause(text: string, old: ParsedProvision[], seed: number): Scenario | null {
  const clauses = old.filter((p) => p.level === 'clause' && /^d\d+\.k\d+$/u.test(p.pathKey));
  if (clauses.length < 3) return null;
  const gone = clauses[seed % clauses.length];
  const article = gone.pathKey.split('.')[0];
  const later = new Set(clauses.filter((c) => c.pathKey.startsWith(`${article}.`) && Number(c.number) > Number(gone.number)).map((c) => c.startLine - 1));
  const lines = linesOf(text)
    .map((line, i) => (later.has(i) ? line.replace(/^(\s*)(\d+)\./u, (_m, space: string, n: string) => `${space}${Number(n) - 1}.`) : line))
    .filter((_line, i) => i < gone.startLine - 1 || i > gone.endLine - 1);
  const shifted = new RegExp(`^${article}\\.k(\\d+)(.*)$`, 'u');
  const expected = new Map(
    old.map((p) => {
      if (p.pathKey === gone.pathKey || p.pathKey.startsWith(`${gone.pathKey}.`)) return [p.pathKey, null] as [string, string | null];
      const match = shifted.exec(p.pathKey);
      return [p.pathKey, match && Number(match[1]) > Number(gone.number) ? `${article}.k${Number(match[1]) - 1}${match[2]}` : p.pathKey] as [string, string | null];
    }),
  );
  return { name: 'clause deleted', text: lines.join('\n'), expected };
}

function editClause(name: string, words: (line: string[]) => void) {
  return (text: string, old: ParsedProvision[], seed: number): Scenario | null => {
    const clauses = old.filter((p) => p.level === 'clause' && p.text.split(/\s+/u).length >= 16);
    if (clauses.length === 0) return null;
    const clause = clauses[seed % clauses.length];
    const lines = linesOf(text);
    const line = lines[clause.startLine - 1].split(' ');
    if (line.length < 12) return null;
    words(line);
    lines[clause.startLine - 1] = line.join(' ');
    return { name, text: lines.join('\n'), expected: unchanged(old) };
  };
}

const scenarios = [
  (text: string, old: ParsedProvision[]) => insertArticle(text, old),
  deleteClause,
  editClause('words added', (line) => line.splice(4, 0, 'kịp thời và đầy đủ')),
  editClause('words replaced', (line) => line.splice(4, 5, 'theo hướng dẫn của cơ quan có thẩm quyền')),
];

describe('anchors across real next versions', () => {
  it('resolve to where the edit put their provision', () => {
    const tally = new Map<string, { right: number; total: number }>();
    const falseMatches = { wrong: 0, deleted: 0 };
    const documents = corpus.all().filter((d, i) => d.level === 'provincial' && i % 2 === 0);
    documents.forEach((document, seed) => {
      const old = flattenProvisions(parseLegalText(document.text).provisions);
      if (old.length < 10) return;
      const anchors = anchorsOf(parseLegalText(document.text).provisions);
      for (const make of scenarios) {
        const scenario = make(document.text, old, seed * 7);
        if (scenario === null) continue;
        const version = versionOf(scenario.text);
        const present = new Set(version.map((p) => p.pathKey));
        const score = tally.get(scenario.name) ?? { right: 0, total: 0 };
        tally.set(scenario.name, score);
        for (const anchor of anchors) {
          const expected = scenario.expected.get(anchor.pathKey);
          // The parser may read the edited text differently (a table row taken for a clause…): skip those.
          if (expected === undefined || (expected !== null && !present.has(expected))) continue;
          const found = resolveAnchor(anchor, version).pathKey;
          score.total++;
          if (found === expected) score.right++;
          if (expected === null) {
            falseMatches.deleted++;
            if (found !== null) falseMatches.wrong++;
          }
        }
      }
    });
    const right = [...tally.values()].reduce((sum, s) => sum + s.right, 0);
    const total = [...tally.values()].reduce((sum, s) => sum + s.total, 0);
    console.log(
      `anchors: ${right}/${total} resolved as expected (${((100 * right) / total).toFixed(1)} %); ` +
        [...tally].map(([name, s]) => `${name} ${s.right}/${s.total}`).join(', ') +
        `; deleted provisions matched to another: ${falseMatches.wrong}/${falseMatches.deleted}`,
    );
    expect(total).toBeGreaterThan(2000);
    expect(right / total).toBeGreaterThan(0.98);
    expect(falseMatches.wrong / falseMatches.deleted).toBeLessThan(0.05);
  });

  it('resolve 200 anchors in a 1,166-provision law well within 50 ms once the version is indexed', () => {
    const number = '45/2019/QH14';
    const anchors = anchorsOf(corpus.parse(number).provisions);
    const chosen = anchors.filter((_anchor, i) => i % 5 === 0).slice(0, 200);
    const scenario = insertArticle(corpus.document(number).text, corpus.provisions(number))!;
    const version = versionOf(scenario.text);
    const warmUp = versionOf(corpus.document(number).text);
    for (const anchor of chosen) resolveAnchor(anchor, warmUp);

    // Best of three: the timings of a shared CI machine are noisy, the code's cost is the minimum.
    const runs = [0, 1, 2].map(() => {
      const copy = version.slice();
      const started = performance.now();
      resolveAnchor(chosen[0], copy);
      const indexed = performance.now();
      const found = chosen.filter((anchor) => resolveAnchor(anchor, copy).pathKey === scenario.expected.get(anchor.pathKey)).length;
      return { index: indexed - started, resolve: performance.now() - indexed, found };
    });
    const index = Math.min(...runs.map((run) => run.index));
    const resolve = Math.min(...runs.map((run) => run.resolve));
    console.log(`anchors: index of ${version.length} provisions ${index.toFixed(1)} ms, 200 anchors ${resolve.toFixed(1)} ms`);
    expect(runs[0].found).toBeGreaterThanOrEqual(198);
    expect(resolve).toBeLessThan(50);
    expect(index).toBeLessThan(250);
  });
});
