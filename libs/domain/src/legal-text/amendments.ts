import { findDocumentMentions, toDocumentRef } from './document-refs';
import { findProvisionRefs, refPathKeys, type ProvisionRef } from './provision-refs';
import { toProvisions } from './provisions';
import { splitQuoted } from './quoted-text';
import type { SourceLine } from './source-lines';
import { buildTree, type QuotedSegment } from './tree-builder';
import type { Amendment, AmendmentAction, DocumentRef, ParsedProvision } from './types';

export interface AmendmentResult {
  amendments: Amendment[];
  /** Provisions inside an amending article, with the document they change. */
  contexts: Map<string, DocumentRef>;
}

interface Context {
  doc: DocumentRef | null;
  /** Article / clause of the amended document that bare "khoản 2" / "điểm a" refer to. */
  article: string | null;
  clause: string | null;
  /** Set by "Các Quyết định sau hết hiệu lực:": each child names a document to repeal. */
  listAction: AmendmentAction | null;
  /** Inside an amending article: bare references point into the amended document. */
  amending: boolean;
}

const ACTIONS: ReadonlyArray<readonly [RegExp, AmendmentAction]> = [
  [/^(?:Thay thế|Thay|Sửa đổi|Bổ sung|Bỏ|Bãi bỏ)\s+(?:một số\s+|các\s+)?(?:cụm\s+)?từ(?:\s+ngữ)?(?:\s|,)/u, 'replace_words'],
  [/^(?:Tạm ngưng hiệu lực|Ngưng hiệu lực|Đình chỉ (?:việc )?thi hành)/u, 'suspend'],
  [/^(?:Bãi bỏ|Bỏ|Hủy bỏ|Huỷ bỏ)(?:\s|$)/u, 'repeal'],
  [/^Bổ sung(?:\s|$)/u, 'insert'],
  [/^Sửa đổi/u, 'amend'],
  [/^Thay thế(?:\s|$)/u, 'replace'],
];
/** "Sửa đổi, bổ sung một số điều của …": a heading over instructions, not one itself. */
const CONTAINER = /(?:một số|các)\s+(?:điều|khoản|điểm|nội dung|quy định)(?:\s|,)/u;
const ARTICLE_SCOPE = /(?:một số|các)\s+(?:khoản|điểm)[^.;“]*?\s(?:của|tại)\s+(?:khoản\s+(\d+[a-zđ]?)\s+)?Điều\s+(\d+[a-zđ]?)/u;
const LIST_REPEAL = /(?:[Cc]ác|[Nn]hững)\s+(?:văn bản|quyết định|nghị quyết|thông tư|nghị định|Quyết định|Nghị quyết|Thông tư|Nghị định)\s+(?:sau|dưới)(?:\s+đây)?[^.;]*hết hiệu lực|^(?:Bãi bỏ|Thay thế)\s+(?:toàn bộ\s+)?(?:các|những)\s+[^.;]*?\s(?:sau|dưới)(?:\s+đây)?/u;
const WHOLE_REPLACED = /(?:^|\s)(thay thế|bãi bỏ)\s+(?:toàn bộ\s+)?/gu;
const EXPIRES = /hết hiệu lực/u;
/** Words without which a provision changes no other document. */
const CHANGE_WORDS = /thay thế|bãi bỏ|Bãi bỏ|Thay thế|hết hiệu lực/u;
const INSERT_ANCHOR = /\s+vào\s+(?:(sau|trước)\s+)?(?=(?:các\s+)?(?:điểm|khoản|Điều|điều|Mục|Chương))/u;
const ANNEX_TARGET = /Phụ lục\s+(?:số\s+)?([IVXLCDM]+|\d{1,3}[a-zA-Z]?)(?![\p{L}\d])/u;

/**
 * Amending instructions ("Sửa đổi, bổ sung khoản 2 Điều 5 như sau: “…”", "Bổ sung khoản 2a vào
 * sau khoản 2 Điều 5", "Bãi bỏ điểm c khoản 1 Điều 3", "Thay thế cụm từ “A” bằng cụm từ “B”",
 * "Quyết định số … hết hiệu lực"). The amended document is usually named once, in the amending
 * article's heading or in the title, and implied below it. Quoted blocks become patches, parsed
 * with the same parser under the target path.
 */
export function extractAmendments(
  provisions: readonly ParsedProvision[],
  segments: readonly QuotedSegment[],
  titleDoc: DocumentRef | null,
  footnotes: ReadonlySet<string>,
): AmendmentResult {
  const byHost = new Map<string, QuotedSegment[]>();
  for (const segment of segments) {
    if (!segment.host) continue;
    const list = byHost.get(segment.host.key) ?? [];
    list.push(segment);
    byHost.set(segment.host.key, list);
  }
  const amendments: Amendment[] = [];
  const contexts = new Map<string, DocumentRef>();
  const visit = (node: ParsedProvision, inherited: Context) => {
    const context: Context = { ...inherited, listAction: null };
    const { unquoted, quotes } = splitQuoted(node.text);
    const lead = `${node.heading ?? ''} ${unquoted}`.trim();
    const action = ACTIONS.find(([pattern]) => pattern.test(lead))?.[1] ?? null;
    const changesDocuments = CHANGE_WORDS.test(lead);
    const listAction = changesDocuments && LIST_REPEAL.test(lead) ? (/thay thế/iu.test(lead) ? 'replace' : 'repeal') : null;
    const needsMentions = action !== null || changesDocuments || inherited.listAction !== null;
    const mentions = needsMentions ? findDocumentMentions(lead).filter((mention) => !mention.self) : [];
    if (action !== null || listAction !== null) {
      context.amending = true;
      if (mentions[0]) context.doc = toDocumentRef(mentions[0]);
    }
    const scope = context.amending ? ARTICLE_SCOPE.exec(lead) : null;
    if (scope) {
      context.article = scope[2]!;
      context.clause = scope[1] ?? null;
    }
    if (inherited.listAction && mentions[0]) {
      amendments.push(record(node, inherited.listAction, toDocumentRef(mentions[0]), [], null, null, null, lead));
    } else if (listAction) {
      context.listAction = listAction;
    } else if (action !== null) {
      const instruction = parseInstruction(action, lead, quotes, context);
      const wholeDocument = instruction !== null && instruction.paths.length === 0 && mentions[0] !== undefined;
      if (instruction && (instruction.paths.length > 0 || (wholeDocument && action !== 'amend' && action !== 'insert') || instruction.words)) {
        const target = wholeDocument ? toDocumentRef(mentions[0]) : (context.doc ?? titleDoc);
        const patch = action === 'amend' || action === 'insert' || action === 'replace'
          ? buildPatch(byHost.get(node.pathKey) ?? [], instruction.paths[0] ?? null, footnotes)
          : null;
        amendments.push(record(node, action, target, instruction.paths, instruction.after, patch, instruction.words, lead));
      }
    } else if (changesDocuments) {
      amendments.push(...wholeDocumentChanges(node, lead, mentions));
    }
    const effective = context.doc ?? titleDoc;
    if (context.amending && effective) contexts.set(node.pathKey, effective);
    for (const child of node.children) visit(child, context);
  };
  const root: Context = { doc: null, article: null, clause: null, listAction: null, amending: false };
  for (const provision of provisions) visit(provision, root);
  return { amendments, contexts };
}

interface Instruction {
  paths: string[];
  after: string | null;
  words: { from: string; to: string | null } | null;
}

function parseInstruction(action: AmendmentAction, lead: string, quotes: readonly string[], context: Context): Instruction | null {
  const refContext = { prefix: '', article: context.article, clause: context.clause };
  const head = lead.split(/\s+như sau|\s*“…”/u)[0];
  if (action === 'replace_words') {
    if (quotes.length === 0) return null;
    const words = { from: quotes[0] ?? '', to: /^(?:Bỏ|Bãi bỏ)/u.test(lead) ? null : (quotes[1] ?? null) };
    if (/^Bổ sung/u.test(lead)) {
      words.to = quotes[0] ?? null;
      words.from = '';
    }
    const paths = findProvisionRefs(lead).flatMap((ref) => refPathKeys(ref, refContext, context.article !== null));
    return { paths: unique(paths), after: null, words };
  }
  if (action === 'insert') {
    const anchor = INSERT_ANCHOR.exec(head);
    const added = findProvisionRefs(anchor ? head.slice(0, anchor.index) : head);
    const anchorRef = anchor ? findProvisionRefs(head.slice(anchor.index + anchor[0].length))[0] : undefined;
    const base = anchorRef ? anchorContext(anchorRef, refContext) : refContext;
    const paths = added.flatMap((ref) => refPathKeys(ref, base, base.article !== null));
    const after = anchor?.[1] === 'sau' && anchorRef ? (refPathKeys(anchorRef, refContext, context.article !== null)[0] ?? null) : null;
    if (paths.length === 0 && CONTAINER.test(head)) return null;
    return { paths: unique(paths), after, words: null };
  }
  const refs = findProvisionRefs(head);
  const paths = refs.flatMap((ref) => refPathKeys(ref, refContext, context.article !== null));
  const annex = ANNEX_TARGET.exec(head);
  if (annex) paths.push(`pl${annex[1].replace(/^0+(?=\d)/u, '')}`);
  if (paths.length === 0 && CONTAINER.test(head)) return null;
  return { paths: unique(paths), after: null, words: null };
}

/** "vào sau khoản 2 Điều 5": new clauses and points take the anchor's article and clause. */
function anchorContext(anchor: ProvisionRef, context: { prefix: string; article: string | null; clause: string | null }) {
  return {
    prefix: context.prefix,
    article: anchor.articles[0] ?? context.article,
    clause: anchor.clauses[0] ?? (anchor.articles.length > 0 ? null : context.clause),
  };
}

/** "… thay thế Quyết định số …", "Quyết định số … hết hiệu lực …" in the effect clauses. */
function wholeDocumentChanges(node: ParsedProvision, lead: string, mentions: ReturnType<typeof findDocumentMentions>): Amendment[] {
  const changes: Amendment[] = [];
  WHOLE_REPLACED.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WHOLE_REPLACED.exec(lead)) !== null) {
    const after = match.index + match[0].length;
    const mention = mentions.find((candidate) => candidate.start === after);
    if (mention) changes.push(record(node, match[1] === 'thay thế' ? 'replace' : 'repeal', toDocumentRef(mention), [], null, null, null, lead));
  }
  if (changes.length === 0 && mentions[0] && EXPIRES.test(lead.slice(mentions[0].end)) && mentions[0].start < 80) {
    changes.push(record(node, 'repeal', toDocumentRef(mentions[0]), [], null, null, null, lead));
  }
  return changes;
}

function buildPatch(segments: readonly QuotedSegment[], target: string | null, footnotes: ReadonlySet<string>): ParsedProvision[] | null {
  const lines: SourceLine[] = segments.flatMap((segment) => segment.lines);
  if (lines.length === 0) return null;
  const parts = target?.split('.') ?? [];
  const article = parts.find((part) => /^d\d/u.test(part)) ?? null;
  const clause = parts.find((part) => /^k\d/u.test(part)) ?? null;
  const tree = buildTree(lines, {
    footnotes,
    patch: { articleKey: article, clauseKey: article && clause ? `${article}.${clause}` : null },
  });
  const provisions = toProvisions(tree.roots);
  return provisions.length > 0 ? provisions : null;
}

function record(
  node: ParsedProvision,
  action: AmendmentAction,
  targetDocument: DocumentRef | null,
  targetPathKeys: string[],
  insertAfter: string | null,
  patch: ParsedProvision[] | null,
  words: Amendment['words'],
  lead: string,
): Amendment {
  return {
    sourcePathKey: node.pathKey,
    action,
    targetDocument,
    targetPathKeys,
    insertAfter,
    patch,
    words,
    raw: lead.length > 400 ? `${lead.slice(0, 400)}…` : lead,
    line: node.startLine,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
