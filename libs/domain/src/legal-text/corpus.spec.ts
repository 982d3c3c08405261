import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';
import { normalizeDocumentNumber } from './document-number';
import { parseLegalText } from './parse-legal-text';
import { flattenProvisions } from './provisions';
import type { ParsedLegalText, ParsedProvision } from './types';
import { pointLetterIndex } from './vietnamese';

/**
 * The whole shared corpus: every document parses, and the parser's article, clause
 * and point counts are compared with an independent line counter written here, which shares no
 * code with the parser. The report printed at the end gives the per-level agreement for the README.
 */
const CORPUS = sharedPath('corpus', 'documents', 'documents.jsonl');

interface CorpusDocument {
  id: string;
  number: string;
  issued_date: string | null;
  text: string;
}

interface Counts {
  articles: number;
  clauses: number;
  points: number;
}

const LEVELS = ['articles', 'clauses', 'points'] as const;

/**
 * Counts "Điều N." / "N." / "a)" lines with its own simple rules: skip quoted blocks (curly quotes,
 * and straight-quoted blocks from a line starting with " to a line ending with "), skip the
 * footnotes of consolidated texts, stop at the signature and resume in an attached regulation,
 * count clauses and points only inside an article.
 */
function countIndependently(text: string): Counts {
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.trim().replace(/\[\d{1,3}\]/gu, ''));
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] === 'Điều' && /^\d+[a-zđ]?\.\s/u.test(lines[i + 1])) {
      lines[i] = `Điều ${lines[i + 1]}`;
      lines[i + 1] = '';
    }
  }
  const consolidated = /HỢP NHẤT|\/\s*VBHN-|bổ sung bởi:/u.test(text);
  const clause = consolidated ? /^\d{1,3}[a-zđ]?\.(\d{1,3} \p{Lu}|\s|$)/u : /^\d{1,3}[a-zđ]?\.(\s|$)/u;
  const counts: Counts = { articles: 0, clauses: 0, points: 0 };
  let depth = 0;
  let straight = false;
  let after = false;
  let inArticle = false;
  let inFootnote = false;
  let lastNonEmpty = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const previous = lastNonEmpty;
    if (line !== '') lastNonEmpty = line;
    if (consolidated && lines[i - 1] === '' && /^\d{1,3}\s[\p{Lu}“"]/u.test(line)) inFootnote = true;
    if (line === '' || line.startsWith('CÔNG BÁO')) inFootnote = false;
    if (inFootnote) continue;
    const article = /^Điều\s+(\d+)[a-zđ]?\s*[.:]/u.exec(line);
    // an unclosed quote cannot swallow the next article of this document
    if (depth > 0 && article && Number(article[1]) === counts.articles + 1) depth = 0;
    const quoted = depth > 0 || straight || /^[\u201C\u201F"]/u.test(line);
    for (const ch of line) {
      if (ch === '\u201C' || ch === '\u201F') depth++;
      else if (ch === '\u201D') depth = Math.max(0, depth - 1);
    }
    if (!straight && line.startsWith('"') && !/"[.;,]*$/u.test(line.slice(1))) straight = true;
    else if (straight && /"[.;,]*$/u.test(line)) straight = false;
    if (quoted) continue;
    if (counts.articles > 0 && /^(Nơi nhận\s*:|(TM|KT)\.\s*\p{Lu}|XÁC THỰC VĂN BẢN HỢP NHẤT|(BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|CHỦ TỊCH QUỐC HỘI|THỐNG ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG)$)/u.test(line)) {
      after = true;
      depth = 0;
      continue;
    }
    if (!after && counts.articles > 0 && /^\(\s*(Ban hành )?[Kk]èm theo/u.test(line) && !/\p{Ll}/u.test(previous)) after = true;
    if (/^(PHỤ LỤC|Phụ lục)(\s+[IVXLC\d]+)?$/u.test(line) && inArticle) {
      after = true;
      continue;
    }
    if (after) {
      const next = lines.slice(i + 1, i + 8).join('\n');
      if (/^\(\s*(Ban hành )?[Kk]èm theo/u.test(line) && /(^|\n)(Chương|CHƯƠNG|Phần|PHẦN) I(\n|$|\.| )|(^|\n)Điều 1\./u.test(next)) {
        after = false;
        inArticle = false;
      }
      continue;
    }
    // "Điều 6." alone after an unfinished sentence ends a wrapped cross-reference
    const wrapped = /^Điều\s+\d+[a-zđ]?\s*[.:]?$/u.test(line) && !/[.:;!?\u201D")]$|^[^\p{Ll}]*$/u.test(previous);
    if (article && !wrapped) {
      counts.articles++;
      inArticle = true;
      continue;
    }
    if (/^(Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+([IVXLC]+|\d+)(\.|:|$|\s+\p{Lu}{2})/u.test(line)) inArticle = false;
    if (!inArticle) continue;
    if (clause.test(line)) counts.clauses++;
    else if (/^[abcdđeghiklmnopqrstuvxy]\d?\)/u.test(line)) counts.points++;
  }
  return counts;
}

function parserCounts(result: ParsedLegalText): Counts {
  const counts: Counts = { articles: 0, clauses: 0, points: 0 };
  for (const provision of flattenProvisions(result.provisions)) {
    if (provision.level === 'article') counts.articles++;
    else if (provision.level === 'clause') counts.clauses++;
    else if (provision.level === 'point') counts.points++;
  }
  return counts;
}

/** Parents whose points are not in Vietnamese order (a b c d đ e g h …; a1 after a). */
function pointsOutOfOrder(result: ParsedLegalText): ParsedProvision[] {
  return flattenProvisions(result.provisions).filter((parent) => {
    const points = parent.children.filter((child) => child.level === 'point');
    return points.some((point, index) => {
      if (index === 0) return false;
      const before = points[index - 1].number!;
      const letter = pointLetterIndex(point.number!.charAt(0)) - pointLetterIndex(before.charAt(0));
      return letter < 0 || (letter === 0 && Number(point.number!.slice(1) || 0) <= Number(before.slice(1) || 0));
    });
  });
}

/** A header with "Số: …" (or a consolidated text's "…/VBHN-…"), written independently of the parser. */
function hasHeader(text: string): boolean {
  const head = text.split('\n').slice(0, 40).join('\n');
  return /(^|\|)\s*(Luật số:|Số)\s*:?\s*\d|^Số:?$/mu.test(head) || /\/\s*VBHN-/u.test(text);
}

interface LevelReport {
  parser: number;
  counter: number;
  exactDocuments: number;
}

interface Report {
  documents: number;
  characters: number;
  milliseconds: number;
  levels: Record<(typeof LEVELS)[number], LevelReport>;
  articleDifferences: string[];
  clausesWithPoints: number;
  outOfOrderParents: number;
  unflaggedOutOfOrder: string[];
  header: { documents: number; numbers: number; dates: number; comparableDates: number };
  failures: string[];
}

const runIf = existsSync(CORPUS) ? describe : describe.skip;

runIf('the corpus', () => {
  let report: Report;

  beforeAll(() => {
    const documents = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as CorpusDocument);
    report = {
      documents: documents.length,
      characters: 0,
      milliseconds: 0,
      levels: {
        articles: { parser: 0, counter: 0, exactDocuments: 0 },
        clauses: { parser: 0, counter: 0, exactDocuments: 0 },
        points: { parser: 0, counter: 0, exactDocuments: 0 },
      },
      articleDifferences: [],
      clausesWithPoints: 0,
      outOfOrderParents: 0,
      unflaggedOutOfOrder: [],
      header: { documents: 0, numbers: 0, dates: 0, comparableDates: 0 },
      failures: [],
    };
    for (const document of documents) {
      let result: ParsedLegalText;
      const started = performance.now();
      try {
        result = parseLegalText(document.text);
      } catch (error) {
        report.failures.push(`${document.id}: ${String(error)}`);
        continue;
      }
      report.milliseconds += performance.now() - started;
      report.characters += document.text.length;

      const parsed = parserCounts(result);
      const counted = countIndependently(document.text);
      for (const level of LEVELS) {
        report.levels[level].parser += parsed[level];
        report.levels[level].counter += counted[level];
        if (parsed[level] === counted[level]) report.levels[level].exactDocuments++;
      }
      if (parsed.articles !== counted.articles) {
        report.articleDifferences.push(`${document.id} (parser ${parsed.articles}, counter ${counted.articles})`);
      }

      report.clausesWithPoints += flattenProvisions(result.provisions).filter((parent) => parent.children.some((child) => child.level === 'point')).length;
      const flagged = new Set(result.warnings.filter((warning) => warning.code === 'point_order' || warning.code === 'duplicate_number').map((warning) => warning.pathKey));
      for (const parent of pointsOutOfOrder(result)) {
        report.outOfOrderParents++;
        const isFlagged = flagged.has(parent.pathKey) || parent.children.some((child) => flagged.has(child.pathKey));
        if (!isFlagged) report.unflaggedOutOfOrder.push(`${document.id} ${parent.pathKey}`);
      }

      if (hasHeader(document.text)) {
        report.header.documents++;
        const number = result.metadata.number;
        if (number !== null && normalizeDocumentNumber(number) === normalizeDocumentNumber(document.number)) report.header.numbers++;
        if (document.issued_date !== null) {
          report.header.comparableDates++;
          if (result.metadata.issuedDate === document.issued_date) report.header.dates++;
        }
      }
    }
    printReport(report);
  }, 120_000);

  it('parses every document without throwing', () => {
    expect(report.failures).toEqual([]);
  });

  it('finds the articles an independent line counter finds', () => {
    const articles = report.levels.articles;
    expect(articles.exactDocuments / report.documents).toBeGreaterThanOrEqual(0.96);
    expect(Math.abs(articles.parser - articles.counter) / articles.counter).toBeLessThan(0.005);
  });

  it('agrees with the independent counter on clauses and points', () => {
    for (const level of ['clauses', 'points'] as const) {
      const { parser, counter, exactDocuments } = report.levels[level];
      expect(exactDocuments / report.documents).toBeGreaterThanOrEqual(0.92);
      expect(Math.abs(parser - counter) / counter).toBeLessThan(0.02);
    }
  });

  it('keeps point letters in Vietnamese order, or flags the clause where the source does not', () => {
    expect(report.unflaggedOutOfOrder).toEqual([]);
  });

  it('reads the number and date of documents that have a header like the corpus does', () => {
    expect(report.header.numbers / report.header.documents).toBeGreaterThanOrEqual(0.97);
    expect(report.header.dates / report.header.comparableDates).toBeGreaterThanOrEqual(0.97);
  });
});

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}

function printReport(report: Report): void {
  const rows = LEVELS.map((level) => {
    const { parser, counter, exactDocuments } = report.levels[level];
    const agreement = 1 - Math.abs(parser - counter) / counter;
    return `  ${level.padEnd(8)} parser ${String(parser).padStart(6)}  counter ${String(counter).padStart(6)}  ` +
      `count agreement ${(100 * agreement).toFixed(2)}%  documents with equal counts ${percent(exactDocuments, report.documents)}`;
  });
  const speed = report.characters / 1e6 / (report.milliseconds / 1000);
  console.log(
    [
      `Corpus: ${report.documents} documents, ${(report.characters / 1e6).toFixed(1)} M characters, ` +
        `parsed in ${(report.milliseconds / 1000).toFixed(2)} s (${speed.toFixed(1)} MB/s on one core, JIT warm-up included)`,
      ...rows,
      `  point order: ${report.outOfOrderParents} of ${report.clausesWithPoints} parents have points out of Vietnamese order in the source; ` +
        `${report.unflaggedOutOfOrder.length} of them not flagged`,
      `  header metadata (${report.header.documents} documents with a header): number ${percent(report.header.numbers, report.header.documents)}, ` +
        `date ${percent(report.header.dates, report.header.comparableDates)}`,
      `  documents whose article count differs from the counter (${report.articleDifferences.length}):`,
      ...report.articleDifferences.map((line) => `    ${line}`),
    ].join('\n'),
  );
}
