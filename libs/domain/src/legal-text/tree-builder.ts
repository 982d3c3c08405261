import { classifyLine, isPersonName, splitGluedNote, type LineMarker } from './line-classifier';
import { annexFollows, introEnd, quoteStaysOpen, regulationFollows } from './lookahead';
import { QuoteTracker, type QuoteScan } from './quote-tracker';
import { acceptsArticle, acceptsClause, acceptsPoint, type SequenceContext } from './sequence-rules';
import type { SourceLine } from './source-lines';
import { ENDS_BLOCK } from './text-join';
import { continuesTitle, isArticleTitle, LEGACY_BODY_START, MAX_TITLE_LINES, type TitleKind } from './titles';
import type { ParseWarning, ProvisionLevel } from './types';
import { isUpperCaseText, POINT_LETTERS, stripLeadingZeros } from './vietnamese';

/** A provision while the tree is being built; `parts` are the node's own lines. */
export interface BuildNode {
  level: ProvisionLevel;
  number: string | null;
  key: string;
  heading: string | null;
  parts: SourceLine[];
  children: BuildNode[];
  startLine: number;
  endLine: number;
  noteRefs: string[];
  lastClause: number;
  lastPoint: number;
}

/** Text between quote marks, possibly over several lines; `host` is the provision it sits in. */
export interface QuotedSegment {
  host: BuildNode | null;
  lines: SourceLine[];
}

export interface BuiltTree {
  roots: BuildNode[];
  /** Lines before the first provision: header, title, "Căn cứ …". */
  preamble: SourceLine[];
  /** The first signature block ("Nơi nhận", "TM. …", signer). */
  signature: SourceLine[];
  segments: QuotedSegment[];
  warnings: ParseWarning[];
}

export interface BuildOptions {
  footnotes: ReadonlySet<string>;
  /** A consolidated text (VBHN): its footnotes quote whole articles, which must not renumber it. */
  consolidated?: boolean;
  /**
   * Builds the patch of an amendment: a quoted block whose clauses or points may stand alone.
   * They get keys under the given article or clause of the amended document.
   */
  patch?: { articleKey: string | null; clauseKey: string | null };
}

const RANK: Readonly<Record<ProvisionLevel, number>> = {
  annex: 0, part: 1, chapter: 2, section: 3, subsection: 4, article: 5, clause: 6, point: 7,
};
const KEY_PREFIX: Readonly<Record<'part' | 'chapter' | 'section' | 'subsection', string>> = {
  part: 'p', chapter: 'c', section: 'm', subsection: 'tm',
};
const LEVEL_NAME: Readonly<Record<ProvisionLevel, string>> = {
  part: 'Part', chapter: 'Chapter', section: 'Section', subsection: 'Subsection',
  article: 'Article', clause: 'Clause', point: 'Point', annex: 'Annex',
};
const NEXT_ARTICLE = /^Điều\s+(\d+)\.(?:\s|$)/u;
const BODY_START = /^(?:(?:Chương|CHƯƠNG|Phần|PHẦN)\s+(?:I|1|thứ nhất|THỨ NHẤT)(?:$|[\s.:])|Điều\s+1\.\s)/u;

interface Scope {
  prefix: string;
  lastArticle: number;
}

interface PendingTitle {
  node: BuildNode;
  text: string;
  lines: number;
  kind: TitleKind;
}

type Region = 'body' | 'signature' | 'appendix';

/** Builds the provision tree of a document (or of a quoted patch) from its cleaned lines. */
export function buildTree(lines: readonly SourceLine[], options: BuildOptions): BuiltTree {
  return new TreeBuilder(lines, options).run();
}

class TreeBuilder {
  private readonly roots: BuildNode[] = [];
  private path: BuildNode[] = [];
  private region: Region = 'body';
  private readonly mainScope: Scope = { prefix: '', lastArticle: 0 };
  private scope: Scope = this.mainScope;
  private readonly usedKeys = new Set<string>();
  private readonly preamble: SourceLine[] = [];
  private readonly signature: SourceLine[] = [];
  private signatureSeen = false;
  private signatureOpen = false;
  private readonly segments: QuotedSegment[] = [];
  private openSegment: QuotedSegment | null = null;
  private readonly warnings: ParseWarning[] = [];
  private readonly tracker = new QuoteTracker();
  private pending: PendingTitle | null = null;
  private readonly bulletWarned = new Set<BuildNode>();
  private previousText = '';
  private previousWasHeading = true;
  private annexFromBody = false;
  private instruments = 0;
  private unnumberedAnnexes = 0;
  private index = 0;

  constructor(
    private readonly lines: readonly SourceLine[],
    private readonly options: BuildOptions,
  ) {}

  run(): BuiltTree {
    for (this.index = 0; this.index < this.lines.length; this.index++) this.step(this.lines[this.index]);
    this.finishPending();
    if (this.tracker.depth > 0 && !this.options.patch) {
      const last = this.openSegment?.lines[0];
      this.warn('unclosed_quote', 'A quotation is never closed; the text after it was read as quoted.', undefined, last?.no);
    }
    return {
      roots: this.roots,
      preamble: this.preamble,
      signature: this.signature,
      segments: this.segments,
      warnings: this.warnings,
    };
  }

  private step(line: SourceLine): void {
    // Quotes left open in the preamble (consolidated texts quote the bases of the amending acts)
    // end where the body starts.
    if (this.tracker.depth > 0 && !this.options.patch && this.quoteNeverCloses(line)) {
      this.tracker.reset();
      this.giveUpQuote(line);
    }
    const scan = this.tracker.next(line.text);
    if (scan.recovered) this.giveUpQuote(line);
    let heading = false;
    if (scan.quoted && this.pending?.kind === 'article' && scan.spans[0]?.opensHere === true && scan.spans[0].closesHere) {
      heading = this.continuesPending(line, null);
      if (!heading) {
        this.finishPending();
        this.append(line);
      }
    } else if (scan.quoted) {
      this.finishPending();
      this.append(line);
    } else {
      const marker = classifyLine(line.text, this.options.footnotes);
      if (this.pending && this.continuesPending(line, marker)) heading = true;
      else {
        this.finishPending();
        heading = this.handle(line, marker);
      }
    }
    this.collectQuotes(line, scan);
    this.previousText = line.text;
    this.previousWasHeading = heading;
  }

  /**
   * Whether a quote still open at this line is one the text never closes, so that this line is
   * the document's own again: the first chapter or article after the preamble (consolidated texts
   * quote the bases of the amending acts), or the next article when no closing mark follows.
   */
  private quoteNeverCloses(line: SourceLine): boolean {
    if (this.roots.length === 0) return BODY_START.test(line.text);
    const next = NEXT_ARTICLE.exec(line.text);
    return next !== null && Number(next[1]) === this.scope.lastArticle + 1 && quoteStaysOpen(this.lines, this.index);
  }

  private giveUpQuote(line: SourceLine): void {
    this.openSegment = null;
    if (!this.options.patch) this.warn('unclosed_quote', 'A quotation was not closed before this line.', undefined, line.no);
  }

  // ---- regions -------------------------------------------------------------------------------

  private handle(line: SourceLine, marker: LineMarker | null): boolean {
    if (this.options.patch) return this.handleStructure(line, marker);
    if (this.region === 'signature') return this.handleAfterSignature(line, marker);
    if (this.region === 'appendix') return this.handleAppendix(line, marker);
    return this.handleBody(line, marker);
  }

  private handleBody(line: SourceLine, marker: LineMarker | null): boolean {
    if (this.startsSignature(line, marker)) {
      this.enterSignature(line);
      return false;
    }
    if (marker?.kind === 'annex' && this.previousEndsBlock() && this.scope.lastArticle > 0 && annexFollows(marker, this.lines, this.index, this.options.footnotes)) {
      this.openAnnex(line, marker);
      this.annexFromBody = true;
      return true;
    }
    if (marker?.kind === 'attachment_intro' && this.openAttachment(line, this.scope.lastArticle > 0)) return true;
    return this.handleStructure(line, marker);
  }

  private handleAfterSignature(line: SourceLine, marker: LineMarker | null): boolean {
    if (marker?.kind === 'annex' && annexFollows(marker, this.lines, this.index, this.options.footnotes)) {
      this.openAnnex(line, marker);
      return true;
    }
    if (marker?.kind === 'attachment_intro' && this.openAttachment(line, true)) return true;
    this.append(line);
    return false;
  }

  private handleAppendix(line: SourceLine, marker: LineMarker | null): boolean {
    if (marker?.kind === 'annex' && annexFollows(marker, this.lines, this.index, this.options.footnotes)) {
      this.openAnnex(line, marker);
      return true;
    }
    if (marker?.kind === 'attachment_intro' && this.openAttachment(line, true)) return true;
    const root = this.path[0];
    if (marker?.kind === 'article' && marker.punctuated && this.previousEndsBlock()) {
      // An annex heading misread in the body: the body's numbering goes on.
      if (this.annexFromBody && marker.value === this.mainScope.lastArticle + 1) {
        this.region = 'body';
        this.scope = this.mainScope;
        this.path = [];
        return this.handleStructure(line, marker);
      }
      // An annex that holds a regulation of its own (Chương / Điều under "Phụ lục").
      if (root && root.children.length === 0 && marker.value === 1 && root.parts.length <= 8) {
        this.structureAnnex(root);
        return this.handleStructure(line, marker);
      }
    }
    this.append(line);
    return false;
  }

  private startsSignature(line: SourceLine, marker: LineMarker | null): boolean {
    // The header repeats "Số: …" and may look like a signature; a body comes first.
    if (this.roots.length === 0) return false;
    if (marker?.kind === 'signature') return true;
    const next = this.lines[this.index + 1]?.text ?? '';
    if (marker?.kind === 'signer_title') return this.previousEndsBlock() && (isPersonName(next) || next === '');
    return line.text === 'Nơi' && /^nhận\s*:/u.test(next);
  }

  private enterSignature(line: SourceLine): void {
    const node = this.currentNode();
    const moved: SourceLine[] = [];
    // Consolidated texts print the issuer's name just before "Số: …/VBHN-…".
    while (node && moved.length < 3 && node.parts.length > 1 && isUpperCaseText(node.parts.at(-1)!.text)) {
      moved.unshift(node.parts.pop()!);
    }
    this.path = [];
    this.region = 'signature';
    this.tracker.reset();
    if (!this.signatureSeen) {
      this.signature.push(...moved, line);
      this.signatureOpen = true;
    }
    this.signatureSeen = true;
  }

  private openAnnex(line: SourceLine, marker: Extract<LineMarker, { kind: 'annex' }>): void {
    const node = this.newNode('annex', marker.number, this.annexKey(marker.number, line), line);
    this.addRoot(node);
    this.region = 'appendix';
    this.scope = { prefix: `${node.key}.`, lastArticle: 0 };
    this.pending = { node, text: marker.title, lines: 1, kind: 'upper' };
  }

  private annexKey(number: string | null, line: SourceLine): string {
    if (number === null) {
      this.unnumberedAnnexes++;
      return this.unnumberedAnnexes === 1 ? 'pl' : `pl_${this.unnumberedAnnexes}`;
    }
    return this.unique(`pl${stripLeadingZeros(number).replace(/\./gu, '_')}`, 'annex', number, line);
  }

  private structureAnnex(root: BuildNode): void {
    this.region = 'body';
    this.scope = { prefix: `${root.key}.`, lastArticle: 0 };
    this.path = [root];
  }

  /**
   * At "(Ban hành kèm theo Quyết định …)": when Chương / Điều follow, an attached instrument
   * starts, whose upper-case title is on the lines just before. After the signature, an
   * attachment without such a structure (a list, a table) becomes an annex.
   */
  private openAttachment(line: SourceLine, allowPlain: boolean): boolean {
    const end = introEnd(this.lines, this.index, this.options.footnotes);
    const structured = regulationFollows(this.lines, end + 1, this.options.footnotes);
    const root = this.path[0];
    if (this.region !== 'body' && root?.level === 'annex' && root.parts.length === 0 && root.children.length === 0) {
      this.consumeIntro(root, line, end);
      if (structured) this.structureAnnex(root);
      return true;
    }
    if (!structured && !allowPlain) return false;
    const title = this.takeTitleLines();
    if (title.length === 0 && (!structured || this.region === 'body')) return false;
    const node = structured
      ? this.newNode('annex', null, this.instrumentKey(), line)
      : this.newNode('annex', null, this.annexKey(null, line), line);
    node.heading = title.length > 0 ? title.map((part) => part.text).join(' ') : null;
    if (title.length > 0) node.startLine = title[0].no;
    this.addRoot(node);
    this.consumeIntro(node, line, end);
    if (structured) {
      this.region = 'body';
      this.scope = { prefix: `${node.key}.`, lastArticle: 0 };
    } else {
      this.region = 'appendix';
    }
    return true;
  }

  private instrumentKey(): string {
    this.instruments++;
    return this.instruments === 1 ? 'kt' : `kt${this.instruments}`;
  }

  private consumeIntro(node: BuildNode, line: SourceLine, introEnd: number): void {
    this.appendTo(node, line);
    while (this.index < introEnd) {
      const next = this.lines[++this.index];
      this.tracker.next(next.text);
      this.appendTo(node, next);
    }
    this.path = [node];
    this.tracker.reset();
  }

  /** Pulls the upper-case title lines that precede an attachment note out of where they landed. */
  private takeTitleLines(): SourceLine[] {
    const holder = this.currentNode()?.parts ?? (this.region === 'signature' ? this.signature : this.preamble);
    const taken: SourceLine[] = [];
    while (taken.length < 6 && holder.length > 0) {
      const text = holder.at(-1)!.text;
      const marker = classifyLine(text, this.options.footnotes);
      if (!isUpperCaseText(text) || marker?.kind === 'signature' || marker?.kind === 'signer_title') break;
      taken.unshift(holder.pop()!);
    }
    return taken;
  }

  // ---- provisions ----------------------------------------------------------------------------

  private handleStructure(line: SourceLine, marker: LineMarker | null): boolean {
    switch (marker?.kind) {
      case 'heading':
        if (!this.previousEndsBlock() && marker.title === '' && !this.options.patch) break;
        this.openHeading(line, marker);
        return true;
      case 'article':
        if (!acceptsArticle(marker, this.scope.lastArticle, this.options.consolidated === true, this.sequenceContext())) break;
        this.openArticle(line, marker);
        return true;
      case 'clause':
        if (!acceptsClause(marker, this.nearest('article')?.lastClause ?? null, this.sequenceContext())) break;
        this.openClause(line, marker);
        return false;
      case 'point':
        if (!acceptsPoint(marker, (this.nearest('clause') ?? this.nearest('article'))?.lastPoint ?? null, this.sequenceContext())) break;
        this.openPoint(line, marker);
        return false;
      case 'bullet': {
        const node = this.currentNode();
        if (node?.level === 'point' && !this.bulletWarned.has(node) && !this.options.patch) {
          this.bulletWarned.add(node);
          this.warn('bullet_in_point', `Point ${node.number} uses "-" or "+" bullets, which points may not contain.`, node.key, line.no);
        }
        break;
      }
      default:
        break;
    }
    this.append(line);
    return false;
  }

  private openHeading(line: SourceLine, marker: Extract<LineMarker, { kind: 'heading' }>): void {
    this.popTo(RANK[marker.level]);
    const parent = this.currentNode();
    const number = stripLeadingZeros(marker.number);
    let base = this.scope.prefix;
    if (marker.level === 'section' || marker.level === 'subsection') {
      const container = [...this.path].reverse().find((node) => node.level === 'chapter' || node.level === 'section');
      if (container && (marker.level === 'subsection' || container.level === 'chapter')) base = `${container.key}.`;
    }
    const key = this.unique(`${base}${KEY_PREFIX[marker.level]}${number}`, marker.level, marker.number, line);
    const node = this.newNode(marker.level, marker.number, key, line);
    this.attach(parent, node);
    this.pending = { node, text: marker.title, lines: 1, kind: 'upper' };
  }

  private openArticle(line: SourceLine, marker: Extract<LineMarker, { kind: 'article' }>): void {
    const last = this.scope.lastArticle;
    if (!this.options.patch && !marker.inserted && marker.value > last + 1) {
      const message = last === 0 ? `The first article is numbered ${marker.value}.` : `Article ${marker.value} follows article ${last}.`;
      this.warn('numbering_gap', message, `${this.scope.prefix}d${marker.number}`, line.no);
    }
    this.popTo(RANK.article);
    const key = this.unique(`${this.scope.prefix}d${marker.number}`, 'article', marker.number, line);
    const node = this.newNode('article', marker.number, key, line);
    if (marker.noteRef) node.noteRefs.push(marker.noteRef);
    this.attach(this.currentNode(), node);
    this.scope.lastArticle = Math.max(last, marker.value);
    if (LEGACY_BODY_START.test(marker.title)) this.appendTo(node, { ...line, text: marker.title });
    else this.pending = { node, text: marker.title, lines: 1, kind: 'article' };
  }

  private openClause(line: SourceLine, marker: Extract<LineMarker, { kind: 'clause' }>): void {
    const article = this.nearest('article');
    const last = article?.lastClause ?? 0;
    if (article && !this.options.patch && !marker.inserted && marker.value > last + 1) {
      const message = last === 0 ? `The first clause of ${article.key} is numbered ${marker.value}.` : `Clause ${marker.value} follows clause ${last} in ${article.key}.`;
      this.warn('numbering_gap', message, article.key, line.no);
    }
    this.popTo(RANK.clause);
    const base = article ? article.key : (this.options.patch?.articleKey ?? null);
    const key = this.unique(`${base === null ? '' : `${base}.`}k${marker.number}`, 'clause', marker.number, line);
    const node = this.newNode('clause', marker.number, key, line);
    if (marker.noteRef) node.noteRefs.push(marker.noteRef);
    this.attach(this.currentNode(), node);
    if (article) article.lastClause = Math.max(last, marker.value);
    if (marker.text !== '') this.appendTo(node, { ...line, text: marker.text });
  }

  private openPoint(line: SourceLine, marker: Extract<LineMarker, { kind: 'point' }>): void {
    const parent = this.nearest('clause') ?? this.nearest('article');
    const last = parent?.lastPoint ?? -1;
    if (parent && !this.options.patch) {
      if (marker.letterIndex < last || (marker.letterIndex === last && marker.sub === 0)) {
        this.warn('point_order', `Point ${marker.number} comes after point ${POINT_LETTERS[last]} in ${parent.key}.`, parent.key, line.no);
      } else if (marker.letterIndex > last + 1) {
        this.warn('numbering_gap', `Point ${marker.number} follows ${last < 0 ? 'no point' : `point ${POINT_LETTERS[last]}`} in ${parent.key}.`, parent.key, line.no);
      }
    }
    this.popTo(RANK.point);
    const patch = this.options.patch;
    const base = parent ? parent.key : (patch?.clauseKey ?? patch?.articleKey ?? null);
    const key = this.unique(`${base === null ? '' : `${base}.`}${marker.number}`, 'point', marker.number, line);
    const node = this.newNode('point', marker.number, key, line);
    this.attach(this.currentNode(), node);
    if (parent) parent.lastPoint = Math.max(last, marker.letterIndex);
    if (marker.text !== '') this.appendTo(node, { ...line, text: marker.text });
  }

  // ---- titles on the marker line and the lines after it --------------------------------------

  private continuesPending(line: SourceLine, marker: LineMarker | null): boolean {
    const pending = this.pending!;
    if (marker !== null || pending.lines >= MAX_TITLE_LINES || !continuesTitle(pending.kind, pending.text, line.text)) return false;
    pending.text = pending.text === '' ? line.text : `${pending.text} ${line.text}`;
    pending.lines++;
    this.extendEnd(line.no);
    pending.node.noteRefs.push(...line.noteRefs);
    return true;
  }

  private finishPending(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const { node } = pending;
    const { title, noteRef } = splitGluedNote(pending.text.trim(), this.options.footnotes);
    if (noteRef) node.noteRefs.push(noteRef);
    if (pending.kind === 'upper') {
      node.heading = title === '' ? null : title;
      return;
    }
    if (title === '') return;
    if (isArticleTitle(title)) node.heading = title.replace(/[.:;]+$/u, '').trim();
    else node.parts.unshift({ no: node.startLine, text: title, noteRefs: [] });
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private sequenceContext(): SequenceContext {
    return { afterBlockEnd: this.previousEndsBlock(), patch: this.options.patch !== undefined };
  }

  private previousEndsBlock(): boolean {
    const previous = this.previousText;
    return this.previousWasHeading || previous === '' || ENDS_BLOCK.test(previous) || isUpperCaseText(previous);
  }

  private newNode(level: ProvisionLevel, number: string | null, key: string, line: SourceLine): BuildNode {
    return {
      level, number, key, heading: null, parts: [], children: [],
      startLine: line.no, endLine: line.no, noteRefs: [...line.noteRefs], lastClause: 0, lastPoint: -1,
    };
  }

  private attach(parent: BuildNode | null, node: BuildNode): void {
    if (parent) parent.children.push(node);
    else this.roots.push(node);
    this.path.push(node);
  }

  private addRoot(node: BuildNode): void {
    this.signatureOpen = false;
    this.path = [];
    this.tracker.reset();
    this.attach(null, node);
  }

  private popTo(rank: number): void {
    while (this.path.length > 0 && RANK[this.path.at(-1)!.level] >= rank) this.path.pop();
  }

  private nearest(level: 'article' | 'clause'): BuildNode | null {
    for (let i = this.path.length - 1; i >= 0; i--) {
      const node = this.path[i];
      if (node.level === level) return node;
      if (RANK[node.level] < RANK[level]) return null;
    }
    return null;
  }

  private currentNode(): BuildNode | null {
    return this.path.at(-1) ?? null;
  }

  private append(line: SourceLine): void {
    const node = this.currentNode();
    if (node) this.appendTo(node, line);
    else if (this.region === 'body') this.preamble.push(line);
    else if (this.signatureOpen && this.signature.length < 80) this.signature.push(line);
  }

  private appendTo(node: BuildNode, line: SourceLine): void {
    node.parts.push(line);
    node.noteRefs.push(...line.noteRefs);
    this.extendEnd(line.no);
  }

  private extendEnd(no: number): void {
    for (const node of this.path) if (node.endLine < no) node.endLine = no;
  }

  private unique(key: string, level: ProvisionLevel, number: string, line: SourceLine): string {
    if (!this.usedKeys.has(key)) {
      this.usedKeys.add(key);
      return key;
    }
    let n = 2;
    while (this.usedKeys.has(`${key}~${n}`)) n++;
    const deduped = `${key}~${n}`;
    this.usedKeys.add(deduped);
    if (!this.options.patch) {
      this.warn('duplicate_number', `${LEVEL_NAME[level]} ${number} appears again; the repeat is keyed ${deduped}.`, deduped, line.no);
    }
    return deduped;
  }

  private collectQuotes(line: SourceLine, scan: QuoteScan): void {
    for (const span of scan.spans) {
      const text = line.text.slice(span.start, span.end).trim();
      if (!span.opensHere && this.openSegment) {
        if (text !== '') this.openSegment.lines.push({ no: line.no, text, noteRefs: [] });
      } else {
        this.openSegment = { host: this.currentNode(), lines: text === '' ? [] : [{ no: line.no, text, noteRefs: [] }] };
        this.segments.push(this.openSegment);
      }
      if (span.closesHere) this.openSegment = null;
    }
  }

  private warn(code: ParseWarning['code'], message: string, pathKey?: string, line?: number): void {
    this.warnings.push({ code, message, ...(pathKey === undefined ? {} : { pathKey }), ...(line === undefined ? {} : { line }) });
  }
}
