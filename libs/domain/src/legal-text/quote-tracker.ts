/** A run of quoted text inside one line, between (not including) the quote marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The opening mark is on this line (false for the continuation of a quote from earlier lines). */
  opensHere: boolean;
  closesHere: boolean;
}

export interface QuoteScan {
  /**
   * The line starts inside a quote or with an opening mark. Its structural markers belong to the
   * document being amended ("Sửa đổi khoản 2 như sau: “2. …”"), not to this one.
   */
  quoted: boolean;
  /** Outermost quoted runs of the line. */
  spans: QuoteSpan[];
  /** An earlier quote was never closed and has been given up on at this line. */
  recovered: boolean;
}

const CURLY_CLOSE = '\u201D';
const STARTS_WITH_OPENER = /^[\u201C\u201E\u201F]|^"(?=\S)/u;
const ENDS_SENTENCE = /[.;:!?…]["\u201D)]*$/u;
const QUOTE_MARK = /[\u201C\u201D\u201E\u201F"]/gu;
/** Lines that only an amending document's own structure starts with: an open quote must have ended. */
const OUTER_INSTRUCTION =
  /^(?:Điều\s+\d+[a-zđ]?\.\s+(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Hiệu lực|Điều khoản thi hành|Điều khoản chuyển tiếp|Trách nhiệm thi hành|Tổ chức thực hiện|Trách nhiệm tổ chức thực hiện)|(?:\d+[a-zđ]?\.|[a-zđ]\d*\))\s+(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Thay cụm từ|Thay từ|Bỏ cụm từ|Bỏ từ)(?=\s))/u;
/** An inline quote (a phrase, a name) never runs over more lines than this. */
const INLINE_QUOTE_MAX_LINES = 6;

/**
 * Tracks quote depth line by line, with curly quotes (U+201C/U+201D) and straight ones, whose
 * direction is read from the characters around them. Real texts leave quotes unclosed, so a quote
 * is given up on when a new block quote starts after a finished sentence, when an inline quote runs
 * too long, or when a line can only be the amending document's own instruction.
 */
export class QuoteTracker {
  private stack: Array<'curly' | 'straight'> = [];
  private openLines = 0;
  private blockQuote = false;
  private previous = '';

  get depth(): number {
    return this.stack.length;
  }

  reset(): void {
    this.stack = [];
    this.openLines = 0;
  }

  next(text: string): QuoteScan {
    let recovered = false;
    if (this.stack.length > 0) {
      this.openLines++;
      const newBlock = STARTS_WITH_OPENER.test(text) && ENDS_SENTENCE.test(this.previous);
      const inlineTooLong = !this.blockQuote && this.openLines > INLINE_QUOTE_MAX_LINES;
      if (newBlock || inlineTooLong || OUTER_INSTRUCTION.test(text)) {
        this.reset();
        recovered = true;
      }
    }
    const continued = this.stack.length > 0;
    const quoted = continued || STARTS_WITH_OPENER.test(text);
    const spans: QuoteSpan[] = [];
    let spanStart = continued ? 0 : -1;
    QUOTE_MARK.lastIndex = 0;
    let mark: RegExpExecArray | null;
    while ((mark = QUOTE_MARK.exec(text)) !== null) {
      const i = mark.index;
      const ch = mark[0];
      if (ch === CURLY_CLOSE) {
        if (this.close()) spans.push({ start: spanStart, end: i, opensHere: spanStart > 0 || !continued, closesHere: true });
      } else if (ch !== '"') {
        spanStart = this.open('curly', text, i, spanStart);
      } else {
        const before = text[i - 1];
        const after = text[i + 1];
        const endsHere = after === undefined || /[.,;:)\]!?…\u201D]/u.test(after);
        const canClose = endsHere || (before !== undefined && before !== ' ' && /[\s-]/u.test(after));
        const spacedOpen = after === ' ' && this.stack.length === 0 && text.includes('"', i + 1);
        const canOpen = (before === undefined || /[\s([{:,;–-]/u.test(before)) && after !== undefined && (/[\p{L}\p{N}([…\u201C]/u.test(after) || spacedOpen);
        if (this.stack.length > 0 && canClose) {
          if (this.close()) spans.push({ start: spanStart, end: i, opensHere: spanStart > 0 || !continued, closesHere: true });
        } else if (canOpen) {
          spanStart = this.open('straight', text, i, spanStart);
        }
      }
    }
    if (this.stack.length > 0 && spanStart >= 0) {
      spans.push({ start: spanStart, end: text.length, opensHere: spanStart > 0 || !continued, closesHere: false });
    }
    this.previous = text;
    return { quoted, spans, recovered };
  }

  private open(kind: 'curly' | 'straight', text: string, index: number, spanStart: number): number {
    this.stack.push(kind);
    if (this.stack.length > 1) return spanStart;
    this.openLines = 0;
    const before = text.slice(Math.max(0, index - 8), index).trimEnd();
    this.blockQuote = before === '' ? index < 8 : /[:\n]$/u.test(before);
    return index + 1;
  }

  /** Pops one level; true when that ended the outermost quote. */
  private close(): boolean {
    if (this.stack.length === 0) return false;
    this.stack.pop();
    return this.stack.length === 0;
  }
}
