import { QuoteTracker } from './quote-tracker';

export interface QuotedText {
  /** The text with every quoted run replaced by "“…”", so that nothing inside is read as ours. */
  unquoted: string;
  /** The quoted runs, in order. */
  quotes: string[];
}

/** Splits a provision's text into its own words and the quoted runs it contains. */
export function splitQuoted(text: string): QuotedText {
  if (!/[\u201C\u201E\u201F"]/u.test(text)) return { unquoted: text, quotes: [] };
  const { spans } = new QuoteTracker().next(text);
  let unquoted = '';
  let position = 0;
  const quotes: string[] = [];
  for (const span of spans) {
    unquoted += `${text.slice(position, Math.max(position, span.start - 1))}“…”`;
    quotes.push(text.slice(span.start, span.end).trim());
    position = Math.min(text.length, span.end + 1);
  }
  return { unquoted: unquoted + text.slice(position), quotes };
}
