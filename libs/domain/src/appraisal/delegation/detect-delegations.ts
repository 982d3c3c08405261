import { findProvisionRefs } from '../../legal-text/provision-refs';
import { normalizeForm } from '../../overlap/text/spelling';

/** Who a provision delegates to (REFERENCE §4.13 `DelegationDuty.assignee`). */
export type DelegationAssignee = 'HĐND' | 'UBND' | 'CT_UBND';
export type DelegationLevel = 'provincial' | 'commune';

/**
 * - `detail`: "… quy định chi tiết / quy định cụ thể …";
 * - `regulate`: "… quy định …", "… ban hành quy chế / định mức / …";
 * - `decide`: "Hội đồng nhân dân cấp tỉnh quyết định mức hỗ trợ …". "quyết định" and "ban hành" count
 *   only with a normative object (a level, a list, a policy…): "Ủy ban nhân dân cấp tỉnh quyết định
 *   thành lập …" is an individual act. Councils' objects are read more widely than committees'.
 */
export type DelegationKind = 'detail' | 'regulate' | 'decide';

export interface DetectedDelegation {
  assignee: DelegationAssignee;
  level: DelegationLevel;
  kind: DelegationKind;
  /** What is delegated: the object of the verb, or the noun phrase before "do …" in the passive. */
  subject: string;
  /** The provision reference that opens the subject ("khoản 3 Điều này"), when there is one. */
  scope: string | null;
  /** The delegating words as written: "Hội đồng nhân dân cấp tỉnh quy định chi tiết". */
  phrase: string;
}

const WS = String.raw`\s+`;
const BODY = String.raw`(?<chair>chủ${WS}tịch${WS})?(?<body>hội${WS}đồng${WS}nhân${WS}dân|hđnd|ủy${WS}ban${WS}nhân${WS}dân|ubnd)`;
const PROVINCIAL = String.raw`cấp${WS}tỉnh|(?:các${WS})?tỉnh,?${WS}thành${WS}phố${WS}trực${WS}thuộc${WS}trung${WS}ương|tỉnh|thành${WS}phố`;
const COMMUNE = String.raw`cấp${WS}xã|xã,?${WS}phường,?${WS}đặc${WS}khu|xã|phường|đặc${WS}khu`;
/** "Hội đồng nhân dân cùng cấp": the level of the body named before it in the sentence. */
const SAME = String.raw`cùng${WS}cấp`;
const LEVEL = String.raw`(?:(?<commune>${COMMUNE})|(?<provincial>${PROVINCIAL})|(?<same>${SAME}))(?![\p{L}\p{M}])`;
/** Words between the body and the verb: "có trách nhiệm", "căn cứ tình hình thực tế địa phương,". */
const GROUNDS = String.raw`căn${WS}cứ(?:(?!trình|báo${WS}cáo|đề${WS}nghị|hội${WS}đồng|ủy${WS}ban)[^.;:]){1,120}?,?`;
const MIDDLE = String.raw`(?:${WS}(?:có${WS}trách${WS}nhiệm|có${WS}thẩm${WS}quyền|có${WS}thể|được|xem${WS}xét,?|để|${GROUNDS})){0,3}`;
const VERB = String.raw`(?<verb>quy${WS}định(?:${WS}(?<detail>chi${WS}tiết|cụ${WS}thể))?|ban${WS}hành|quyết${WS}định)(?![\p{L}\p{M}])`;
/** The first local body named in a text, for the owner of a list of tasks. */
const OWNER = new RegExp(String.raw`(?<![\p{L}\p{M}])${BODY}${WS}${LEVEL}`, 'u');
/** An item opening with the verb: "; Quy định cụ thể danh mục …", "b) Ban hành quy chế …", "- Quy định …". */
const ITEM = new RegExp(
  String.raw`(?:^|[;:\n]|\s[a-zđ]\)|\s\d{1,2}\.)\s*(?:[-+•]\s*)?(?<verb>quy${WS}định(?:${WS}(?<detail>chi${WS}tiết|cụ${WS}thể))?|ban${WS}hành)(?![\p{L}\p{M}])`,
  'dgu',
);
const ACTIVE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<passive>(?<by>do|được)${WS})?${BODY}${WS}${LEVEL}(?<name>(?:${WS}[\p{L}\p{M}]+){0,3}?)${MIDDLE}${WS}${VERB}`, 'dgu');

/** "quy định tại khoản 2", "quy định của pháp luật": a noun or participle, not a delegating verb. */
const NOT_AN_OBJECT = /^\s*(?:tại|ở|trên|của|như|này|đó|theo|trong|nêu|thì|mà|hoặc|được|là|sau\s+đây|khác|hiện\s+hành)(?![\p{L}\p{M}])/u;
/** The body is an attribute of another noun: "Sở … thuộc Ủy ban nhân dân cấp tỉnh quy định …". */
const ATTRIBUTE_BEFORE = /(?:thuộc|của|với|tới|đến)\s+$/u;
/** Normative things a committee or its chair may be asked to issue or decide. */
const NORMATIVE_NOUN = String.raw`(?:quy\s+định|quy\s+chế|mức|định\s+mức|hệ\s+số|tỷ\s+lệ|đơn\s+giá|bảng\s+giá|khung\s+giá|danh\s+mục|chính\s+sách|tiêu\s+chuẩn|tiêu\s+chí|văn\s+bản\s+quy\s+phạm)`;
/** A council's decisions are normative over a wider range ("quyết định bố trí …", "… hỗ trợ thêm"). */
const COUNCIL_NOUN = String.raw`(?:${NORMATIVE_NOUN}|khung|giá|phí|lệ\s+phí|chế\s+độ|cơ\s+chế|biện\s+pháp|đối\s+tượng|điều\s+kiện|nội\s+dung|bố\s+trí|hỗ\s+trợ)`;
const OBJECT_PREFIX = String.raw`^\s*(?:các\s+|việc\s+)?(?:(?:bổ\s+sung|nâng|điều\s+chỉnh|áp\s+dụng)\s+)?`;
const COMMITTEE_OBJECT = new RegExp(`${OBJECT_PREFIX}${NORMATIVE_NOUN}(?![\\p{L}\\p{M}])`, 'u');
const COUNCIL_OBJECT = new RegExp(`${OBJECT_PREFIX}${COUNCIL_NOUN}(?![\\p{L}\\p{M}])`, 'u');
/** "quyết định bố trí kinh phí / hỗ trợ kinh phí / bố trí quỹ đất": an allocation of money or land, not a rule. */
const ALLOCATION = /^\s*(?:việc\s+)?(?:(?:bố\s+trí|đảm\s+bảo|bảo\s+đảm|hỗ\s+trợ)\s*,?\s*)+(?:kinh\s+phí|ngân\s+sách|vốn|quỹ\s+đất|nguồn)(?![\p{L}\p{M}])/u;
/** In the passive the delegated thing comes first: its head noun must be normative as well. */
const COMMITTEE_HEAD = new RegExp(`(?:^|\\s)${NORMATIVE_NOUN}(?![\\p{L}\\p{M}])`, 'u');
const COUNCIL_HEAD = new RegExp(`(?:^|\\s)${COUNCIL_NOUN}(?![\\p{L}\\p{M}])`, 'u');
/** What may follow a passive "do … quy định": the end of the clause or a qualifier, not an object. */
const PASSIVE_END =
  /^\s*(?:$|[.,;:)”"]|(?:trên\s+cơ\s+sở|theo|tùy|phù\s+hợp|căn\s+cứ|đối\s+với|và|để|nhưng|sau\s+khi|trong)(?![\p{L}\p{M}]))/u;
const CLAUSE_END = /[.;:!?\n]|\s[a-zđ]\)\s|\s\d{1,2}\.\s/gu;
const SUBJECT_MAX = 240;
const PASSIVE_WORDS = 20;
/** The head noun of a passive subject sits among its last words ("Quy chế hoạt động của thôn, tổ dân phố"). */
const HEAD_WORDS = 12;

export interface DelegationContext {
  /**
   * Who the provision's list of tasks belongs to, when the provision does not say: the heading or
   * intro of the provision around it ("Trách nhiệm của Ủy ban nhân dân cấp tỉnh", "Ủy ban nhân dân
   * cấp tỉnh có trách nhiệm:"). Items that open with the verb ("Quy định cụ thể danh mục …") are
   * then delegations to that body.
   */
  owner?: string | null;
}

/**
 * Delegations to a local council, committee or committee chair in a provision's text:
 * "Hội đồng nhân dân cấp tỉnh quy định chi tiết khoản 3 Điều này", "… do Hội đồng nhân dân cấp tỉnh
 * quy định", "giao Ủy ban nhân dân tỉnh quy định chi tiết …", and in a list of a body's tasks,
 * items such as "b) Quy định cụ thể danh mục …". Participles ("thẩm quyền của Ủy ban nhân dân cấp
 * tỉnh quy định tại …"), attributes ("Sở … thuộc Ủy ban nhân dân cấp tỉnh") and individual acts
 * ("Ủy ban nhân dân cấp tỉnh quyết định thành lập …") are not delegations.
 */
export function detectDelegations(provisionText: string, context: DelegationContext = {}): DetectedDelegation[] {
  const original = provisionText.normalize('NFC');
  const text = normalizeForm(original);
  const found: DetectedDelegation[] = [];
  const covered: Array<[number, number]> = [];
  ACTIVE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ACTIVE.exec(text)) !== null) {
    const delegation = readMatch(match, text, original);
    if (delegation) found.push(delegation);
    covered.push([match.index, match.index + match[0].length]);
  }
  const owner = ownerOf(context.owner ?? null, text);
  if (owner === null) return found;
  ITEM.lastIndex = 0;
  while ((match = ITEM.exec(text)) !== null) {
    const verbAt = match.indices!.groups!.verb[0];
    if (covered.some(([from, to]) => verbAt >= from && verbAt < to)) continue;
    const delegation = readItem(match, text, original, owner);
    if (delegation) found.push(delegation);
  }
  return found;
}

interface Owner {
  assignee: DelegationAssignee;
  level: DelegationLevel;
}

/**
 * The body a list of tasks belongs to: named at the very start of the text, else in the context;
 * in a context that delegates ("Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp quy định
 * cụ thể những nội dung sau:") the body delegated to, else the first body named.
 */
function ownerOf(context: string | null, text: string): Owner | null {
  const named = (source: string): { at: number; owner: Owner } | null => {
    const match = OWNER.exec(source);
    return match ? { at: match.index, owner: { assignee: assigneeOf(match.groups!), level: levelOf(match.groups!, source, match.index) } } : null;
  };
  const own = named(text);
  if (own !== null && own.at === 0) return own.owner;
  if (context === null) return null;
  const delegated = detectDelegations(context)[0];
  return delegated ? { assignee: delegated.assignee, level: delegated.level } : (named(normalizeForm(context))?.owner ?? null);
}

function readItem(match: RegExpExecArray, text: string, original: string, owner: Owner): DetectedDelegation | null {
  const groups = match.groups!;
  const end = match.index + match[0].length;
  const after = text.slice(end);
  if (NOT_AN_OBJECT.test(after)) return null;
  const verb = groups.verb.replace(/\s+/gu, ' ');
  if (!verb.startsWith('quy định') && !(owner.assignee === 'HĐND' ? COUNCIL_OBJECT : COMMITTEE_OBJECT).test(after)) return null;
  const subject = clean(activeSubject(original, end));
  const verbAt = match.indices!.groups!.verb[0];
  return {
    ...owner,
    kind: groups.detail !== undefined ? 'detail' : 'regulate',
    subject,
    scope: scopeOf(subject),
    phrase: clean(original.slice(verbAt, end)),
  };
}

function readMatch(match: RegExpExecArray, text: string, original: string): DetectedDelegation | null {
  const groups = match.groups!;
  if (ATTRIBUTE_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) return null;
  if (!nameIsProperNoun(original, match.indices?.groups?.name)) return null;
  const end = match.index + match[0].length;
  const after = text.slice(end);
  if (NOT_AN_OBJECT.test(after)) return null;
  // "dự án do Ủy ban nhân dân cấp tỉnh quyết định chủ trương đầu tư": "do" opens a relative clause;
  // "cơ quan được Ủy ban nhân dân Thành phố quy định thẩm quyền …" describes, it does not delegate.
  const passive = groups.by !== undefined && PASSIVE_END.test(after);
  if (groups.by === 'được' && !passive) return null;
  const assignee = assigneeOf(groups);
  const verb = groups.verb.replace(/\s+/gu, ' ');
  const subjectText = passive ? passiveSubject(text, original, match.index) : activeSubject(original, end);
  // "ban hành" and "quyết định" also name individual acts; only a normative object makes them delegate.
  if (!verb.startsWith('quy định')) {
    const council = assignee === 'HĐND';
    const normative = passive
      ? (council ? COUNCIL_HEAD : COMMITTEE_HEAD).test(normalizeForm(lastWords(subjectText, HEAD_WORDS)))
      : (council ? COUNCIL_OBJECT : COMMITTEE_OBJECT).test(after) && !ALLOCATION.test(after);
    if (!normative) return null;
  }
  const start = match.index + (groups.passive?.length ?? 0);
  const subject = clean(subjectText);
  return {
    assignee,
    level: levelOf(groups, text, match.index),
    kind: groups.detail !== undefined ? 'detail' : verb === 'quyết định' ? 'decide' : 'regulate',
    subject,
    scope: passive ? null : scopeOf(subject),
    phrase: clean(original.slice(start, end)),
  };
}

/** "… cấp xã trình Hội đồng nhân dân cùng cấp": the level named last before the body, else provincial. */
function levelOf(groups: Record<string, string | undefined>, text: string, at: number): DelegationLevel {
  if (groups.commune !== undefined) return 'commune';
  if (groups.provincial !== undefined) return 'provincial';
  const before = text.slice(Math.max(0, at - 200), at);
  const commune = before.lastIndexOf('cấp xã');
  return commune >= 0 && commune > before.lastIndexOf('cấp tỉnh') ? 'commune' : 'provincial';
}

function assigneeOf(groups: Record<string, string | undefined>): DelegationAssignee {
  const council = groups.body!.startsWith('h');
  if (groups.chair !== undefined && !council) return 'CT_UBND';
  return council ? 'HĐND' : 'UBND';
}

/** Words after "tỉnh" belong to the body only when they are a proper name ("tỉnh Bắc Giang"). */
function nameIsProperNoun(original: string, span: [number, number] | undefined): boolean {
  if (!span || span[0] === span[1]) return true;
  return original.slice(span[0], span[1]).trim().split(/\s+/u).every((word) => /^\p{Lu}/u.test(word));
}

function activeSubject(original: string, from: number): string {
  CLAUSE_END.lastIndex = from;
  const stop = CLAUSE_END.exec(original);
  return original.slice(from, stop ? stop.index : original.length);
}

/** The noun phrase before "do": back to the start of the clause, at most a few words. */
function passiveSubject(text: string, original: string, at: number): string {
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  let stop: RegExpExecArray | null;
  while ((stop = CLAUSE_END.exec(text)) !== null && stop.index < at) start = stop.index + stop[0].length;
  return lastWords(original.slice(start, at), PASSIVE_WORDS);
}

function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/u).slice(-count).join(' ');
}

/** The reference that opens the subject: "khoản 3 Điều này", "các điểm a, b khoản 1 Điều này". */
function scopeOf(subject: string): string | null {
  const ref = findProvisionRefs(subject)[0];
  return ref !== undefined && ref.start === 0 ? subject.slice(0, ref.end).trim() : null;
}

function clean(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').replace(/^[\s,:]+|[\s,]+$/gu, '');
  if (flat.length <= SUBJECT_MAX) return flat;
  const cut = flat.lastIndexOf(' ', SUBJECT_MAX);
  return `${flat.slice(0, cut > 0 ? cut : SUBJECT_MAX)}…`;
}
