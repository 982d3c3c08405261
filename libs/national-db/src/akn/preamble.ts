/** The preamble of a document as its text reads it: citations, recitals, the enacting formula. */
export interface Preamble {
  /** Each "Căn cứ …" paragraph, its wrapped lines joined. */
  citations: string[];
  /** "Theo đề nghị của …", "Xét …" paragraphs. */
  recitals: string[];
  /** "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:". */
  formula: string | null;
}

const CITATION = /^Căn\s+cứ\s/u;
const RECITAL = /^(?:Theo\s+đề\s+nghị|Xét)\s/u;
const FORMULA = /^(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT|BAN\s+HÀNH|LỆNH)\s*:$/u;
/** The body has begun: the preamble is over even where no formula line was found. */
const BODY_START = /^(?:Điều\s+1(?=\s|[.:]|$)|Chương\s+(?:I|1)(?=\s|[.:]|$)|Phần\s+(?:thứ\s+nhất|I|1)(?=\s|[.:]|$))/iu;

/**
 * Reads the preamble from the full text: the stored provisions start at Điều 1, so the legal-basis
 * lines survive only there. Extraction breaks lines anywhere, so a paragraph runs until the next one
 * starts. Lists are empty when the text has no preamble (an old or partial text).
 */
export function extractPreamble(fullText: string): Preamble {
  const paragraphs: { into: string[]; lines: string[] }[] = [];
  const preamble: Preamble = { citations: [], recitals: [], formula: null };
  for (const raw of fullText.split(/\r?\n/u)) {
    const line = raw.trim().replace(/\s+/gu, ' ');
    if (line === '') continue;
    if (FORMULA.test(line)) {
      preamble.formula = line;
      break;
    }
    if (BODY_START.test(line)) break;
    if (CITATION.test(line)) paragraphs.push({ into: preamble.citations, lines: [line] });
    else if (RECITAL.test(line)) paragraphs.push({ into: preamble.recitals, lines: [line] });
    else paragraphs.at(-1)?.lines.push(line);
  }
  for (const paragraph of paragraphs) paragraph.into.push(paragraph.lines.join(' '));
  return preamble;
}
