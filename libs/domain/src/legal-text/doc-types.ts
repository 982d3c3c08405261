/**
 * Document types (loại văn bản), their symbols in document numbers and their place in the hierarchy
 * of Law 64/2025 Art. 4 as amended by Law 87/2025 (REFERENCE §2.1). The ranks are data: the exact
 * ordinal positions after Law 87 are unconfirmed, so nothing may depend on the order of the union.
 */
export type DocType =
  | 'CONSTITUTION'
  | 'CODE'
  | 'LAW'
  | 'ORDINANCE'
  | 'ORDER'
  | 'RESOLUTION'
  | 'JOINT_RESOLUTION'
  | 'DECREE'
  | 'DECISION'
  | 'CIRCULAR'
  | 'JOINT_CIRCULAR'
  | 'CONSOLIDATED_TEXT'
  | 'DIRECTIVE'
  | 'PLAN'
  | 'REPORT'
  | 'SUBMISSION'
  | 'OFFICIAL_LETTER'
  | 'NOTICE'
  | 'DISPATCH';

export interface DocTypeInfo {
  docType: DocType;
  /** Vietnamese name as written in running text ("Nghị định"). */
  name: string;
  /** Symbol in a document number ("NĐ"); null for types numbered without one (QH laws). */
  code: string | null;
  /** Whether documents of this type can be legal normative documents under the 2025 law. */
  canBeNormative: boolean;
}

export const DOC_TYPES: readonly DocTypeInfo[] = [
  { docType: 'CONSTITUTION', name: 'Hiến pháp', code: null, canBeNormative: true },
  { docType: 'CODE', name: 'Bộ luật', code: null, canBeNormative: true },
  { docType: 'LAW', name: 'Luật', code: null, canBeNormative: true },
  { docType: 'ORDINANCE', name: 'Pháp lệnh', code: 'PL', canBeNormative: true },
  { docType: 'ORDER', name: 'Lệnh', code: 'L', canBeNormative: true },
  { docType: 'JOINT_RESOLUTION', name: 'Nghị quyết liên tịch', code: 'NQLT', canBeNormative: true },
  { docType: 'RESOLUTION', name: 'Nghị quyết', code: 'NQ', canBeNormative: true },
  { docType: 'DECREE', name: 'Nghị định', code: 'NĐ', canBeNormative: true },
  { docType: 'DECISION', name: 'Quyết định', code: 'QĐ', canBeNormative: true },
  { docType: 'JOINT_CIRCULAR', name: 'Thông tư liên tịch', code: 'TTLT', canBeNormative: true },
  { docType: 'CIRCULAR', name: 'Thông tư', code: 'TT', canBeNormative: true },
  { docType: 'CONSOLIDATED_TEXT', name: 'Văn bản hợp nhất', code: 'VBHN', canBeNormative: false },
  { docType: 'DIRECTIVE', name: 'Chỉ thị', code: 'CT', canBeNormative: false },
  { docType: 'PLAN', name: 'Kế hoạch', code: 'KH', canBeNormative: false },
  { docType: 'REPORT', name: 'Báo cáo', code: 'BC', canBeNormative: false },
  { docType: 'SUBMISSION', name: 'Tờ trình', code: 'TTr', canBeNormative: false },
  { docType: 'OFFICIAL_LETTER', name: 'Công văn', code: null, canBeNormative: false },
  { docType: 'NOTICE', name: 'Thông báo', code: 'TB', canBeNormative: false },
  { docType: 'DISPATCH', name: 'Công điện', code: 'CĐ', canBeNormative: false },
];

const BY_DOC_TYPE = new Map(DOC_TYPES.map((info) => [info.docType, info]));
const BY_CODE = new Map(
  DOC_TYPES.filter((info) => info.code !== null).map((info) => [info.code!.toUpperCase(), info]),
);
const BY_NAME = new Map(DOC_TYPES.map((info) => [info.name.toLowerCase(), info]));

export function docTypeInfo(docType: DocType): DocTypeInfo {
  return BY_DOC_TYPE.get(docType)!;
}

/** DocType of a number symbol ("QĐ", "qđ", "NĐ"); null when unknown. */
export function docTypeFromCode(code: string): DocType | null {
  return BY_CODE.get(code.toUpperCase())?.docType ?? null;
}

/** DocType of a Vietnamese type name in any case ("Thông tư liên tịch", "NGHỊ ĐỊNH"). */
export function docTypeFromName(name: string): DocType | null {
  return BY_NAME.get(name.trim().replace(/\s+/gu, ' ').toLowerCase())?.docType ?? null;
}

/** Type names longest first, so that "Thông tư liên tịch" wins over "Thông tư" in a regex. */
export const DOC_TYPE_NAMES_LONGEST_FIRST: readonly string[] = DOC_TYPES.map((info) => info.name).sort(
  (a, b) => b.length - a.length,
);

/** Local level of a provincial or commune issuer: the number string alone cannot tell them apart. */
export type LocalLevel = 'province' | 'commune';

export interface AuthorityRankRule {
  docType: DocType;
  /** Issuer symbols this rule is limited to (QH, CP, HĐND…); absent = any issuer. */
  issuerCodes?: readonly string[];
  localLevel?: LocalLevel;
  /** 1 = highest (Constitution). Ranks may share a value. */
  rank: number;
  label: string;
}

/** REFERENCE §2.1, in the order of Law 64 Art. 4 as amended; the first matching rule wins. */
export const AUTHORITY_RANKS: readonly AuthorityRankRule[] = [
  { docType: 'CONSTITUTION', rank: 1, label: 'Hiến pháp' },
  { docType: 'CODE', rank: 2, label: 'Bộ luật' },
  { docType: 'LAW', rank: 2, label: 'Luật' },
  { docType: 'RESOLUTION', issuerCodes: ['QH'], rank: 2, label: 'Nghị quyết của Quốc hội' },
  { docType: 'ORDINANCE', rank: 3, label: 'Pháp lệnh' },
  { docType: 'RESOLUTION', issuerCodes: ['UBTVQH'], rank: 3, label: 'Nghị quyết của Ủy ban Thường vụ Quốc hội' },
  { docType: 'JOINT_RESOLUTION', rank: 3, label: 'Nghị quyết liên tịch' },
  { docType: 'ORDER', rank: 4, label: 'Lệnh của Chủ tịch nước' },
  { docType: 'DECISION', issuerCodes: ['CTN'], rank: 4, label: 'Quyết định của Chủ tịch nước' },
  { docType: 'DECREE', rank: 5, label: 'Nghị định' },
  { docType: 'RESOLUTION', issuerCodes: ['CP'], rank: 5, label: 'Nghị quyết của Chính phủ' },
  { docType: 'DECISION', issuerCodes: ['TTG'], rank: 6, label: 'Quyết định của Thủ tướng Chính phủ' },
  { docType: 'RESOLUTION', issuerCodes: ['HĐTP'], rank: 7, label: 'Nghị quyết của Hội đồng Thẩm phán TANDTC' },
  { docType: 'CIRCULAR', rank: 8, label: 'Thông tư' },
  { docType: 'JOINT_CIRCULAR', rank: 9, label: 'Thông tư liên tịch' },
  { docType: 'RESOLUTION', issuerCodes: ['HĐND'], localLevel: 'commune', rank: 14, label: 'Nghị quyết của HĐND cấp xã' },
  { docType: 'DECISION', issuerCodes: ['UBND'], localLevel: 'commune', rank: 15, label: 'Quyết định của UBND cấp xã' },
  { docType: 'RESOLUTION', issuerCodes: ['HĐND'], rank: 10, label: 'Nghị quyết của HĐND cấp tỉnh' },
  { docType: 'DECISION', issuerCodes: ['UBND'], rank: 11, label: 'Quyết định của UBND cấp tỉnh' },
  { docType: 'DECISION', issuerCodes: ['CTUBND'], rank: 12, label: 'Quyết định của Chủ tịch UBND cấp tỉnh' },
];

/**
 * Rank of a document in the hierarchy (1 = Constitution), or null when the type is not normative
 * or the issuer is unknown. A provincial or commune document needs `localLevel` to be told apart.
 */
export function authorityRank(input: {
  docType: DocType;
  issuerCode?: string | null;
  localLevel?: LocalLevel;
}): number | null {
  const issuer = input.issuerCode?.toUpperCase().replace(/\d+$/, '') ?? null;
  const rule = AUTHORITY_RANKS.find(
    (candidate) =>
      candidate.docType === input.docType &&
      (candidate.issuerCodes === undefined || (issuer !== null && candidate.issuerCodes.includes(issuer))) &&
      (candidate.localLevel === undefined || candidate.localLevel === input.localLevel),
  );
  return rule?.rank ?? null;
}

export type IssuerKind = 'legislature' | 'president' | 'government' | 'ministry' | 'judiciary' | 'council' | 'committee' | 'office' | 'other';

export interface IssuerCodeInfo {
  code: string;
  name: string;
  kind: IssuerKind;
}

/** Issuer symbols seen in numbers. Ministries are renamed over time, so old symbols stay listed. */
export const ISSUER_CODES: readonly IssuerCodeInfo[] = [
  { code: 'QH', name: 'Quốc hội', kind: 'legislature' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội', kind: 'legislature' },
  { code: 'VPQH', name: 'Văn phòng Quốc hội', kind: 'office' },
  { code: 'CTN', name: 'Chủ tịch nước', kind: 'president' },
  { code: 'CP', name: 'Chính phủ', kind: 'government' },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', kind: 'government' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', kind: 'office' },
  { code: 'HĐND', name: 'Hội đồng nhân dân', kind: 'council' },
  { code: 'UBND', name: 'Ủy ban nhân dân', kind: 'committee' },
  { code: 'UB', name: 'Ủy ban nhân dân', kind: 'committee' },
  { code: 'CTUBND', name: 'Chủ tịch Ủy ban nhân dân', kind: 'committee' },
  { code: 'HĐTP', name: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao', kind: 'judiciary' },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao', kind: 'judiciary' },
  { code: 'VKSNDTC', name: 'Viện kiểm sát nhân dân tối cao', kind: 'judiciary' },
  { code: 'KTNN', name: 'Kiểm toán nhà nước', kind: 'other' },
  { code: 'BTC', name: 'Bộ Tài chính', kind: 'ministry' },
  { code: 'BTP', name: 'Bộ Tư pháp', kind: 'ministry' },
  { code: 'BNV', name: 'Bộ Nội vụ', kind: 'ministry' },
  { code: 'BCA', name: 'Bộ Công an', kind: 'ministry' },
  { code: 'BQP', name: 'Bộ Quốc phòng', kind: 'ministry' },
  { code: 'BNG', name: 'Bộ Ngoại giao', kind: 'ministry' },
  { code: 'BYT', name: 'Bộ Y tế', kind: 'ministry' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo', kind: 'ministry' },
  { code: 'BXD', name: 'Bộ Xây dựng', kind: 'ministry' },
  { code: 'BCT', name: 'Bộ Công Thương', kind: 'ministry' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', kind: 'ministry' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', kind: 'ministry' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường', kind: 'ministry' },
  { code: 'BDTTG', name: 'Bộ Dân tộc và Tôn giáo', kind: 'ministry' },
  { code: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', kind: 'ministry' },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', kind: 'ministry' },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', kind: 'ministry' },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', kind: 'ministry' },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', kind: 'ministry' },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', kind: 'ministry' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam', kind: 'ministry' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ', kind: 'ministry' },
  { code: 'UBDT', name: 'Ủy ban Dân tộc', kind: 'ministry' },
];

const ISSUERS_BY_CODE = new Map(ISSUER_CODES.map((info) => [info.code.toUpperCase(), info]));

/** Meaning of an issuer symbol; a trailing term number is ignored ("QH15" → Quốc hội). */
export function issuerCodeInfo(code: string): IssuerCodeInfo | null {
  return ISSUERS_BY_CODE.get(code.toUpperCase().replace(/\d+$/, '')) ?? null;
}
