import { createHash } from 'node:crypto';

/**
 * The receiver's rules for a record, written from CONTRACT.md and not from the library, so that a
 * mistake in the record builder is caught here instead of being copied. Every problem is reported
 * at a JSON Pointer, the way the real receiver answers (RFC 9457 problem with `errors`).
 */
export interface FakeFieldError {
  field: string;
  code: string;
  message: string;
}

const FIELDS = [
  'recordVersion', 'documentKey', 'number', 'docType', 'docTypeName', 'issuer', 'signerTitle', 'signerName',
  'signingCapacity', 'issuedDate', 'effectiveDate', 'expiryDate', 'expiryReason', 'source', 'gazetteIssueNo',
  'gazetteDate', 'title', 'sector', 'field', 'territorialScope', 'applicationNotes', 'validityStatus',
  'validityStatusLabel', 'fullText', 'akomaNtoso', 'originalFile', 'legalBasis', 'relations',
];

const DOC_TYPES = ['CONSTITUTION', 'CODE', 'LAW', 'ORDINANCE', 'ORDER', 'RESOLUTION', 'JOINT_RESOLUTION', 'DECREE', 'DECISION', 'CIRCULAR', 'JOINT_CIRCULAR', 'CONSOLIDATED_TEXT'];

/** The type symbol in a number fixes the document type (REFERENCE §2.2). */
const TYPE_SYMBOLS: Record<string, string> = {
  QĐ: 'DECISION', NQ: 'RESOLUTION', NĐ: 'DECREE', TT: 'CIRCULAR', TTLT: 'JOINT_CIRCULAR', NQLT: 'JOINT_RESOLUTION', PL: 'ORDINANCE', L: 'ORDER', VBHN: 'CONSOLIDATED_TEXT',
};

const VALIDITY: Record<string, string> = {
  NOT_YET_EFFECTIVE: 'Chưa có hiệu lực',
  IN_FORCE: 'Còn hiệu lực',
  PARTIALLY_EXPIRED: 'Hết hiệu lực một phần',
  FULLY_EXPIRED: 'Hết hiệu lực toàn bộ',
  SUSPENDED: 'Tạm ngưng hiệu lực',
  PARTIALLY_SUSPENDED: 'Tạm ngưng hiệu lực một phần',
};

const CAPACITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'];

/** Label → inverse label: the receiver's relation vocabulary. */
const RELATION_PAIRS: Record<string, string> = {
  basis: 'basisOf', detailAndGuides: 'detailedAndGuided', guides: 'guided', amends: 'amended', replaces: 'replaced',
  abrogates: 'abrogated', suspendExecution: 'executionSuspended', temporarilySuspends: 'temporarilySuspended',
  publish: 'published', corrects: 'corrected', consolidates: 'consolidated', references: 'referenced', relatedContent: 'relatedContent',
};

const MIME_TYPES: Record<string, (bytes: Buffer) => boolean> = {
  'application/pdf': (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (bytes) => bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004',
  'application/msword': (bytes) => bytes.subarray(0, 4).toString('hex') === 'd0cf11e0',
};

const SEGMENT = String.raw`[\p{L}0-9&]+`;
const NORMATIVE_NUMBER = new RegExp(String.raw`^\d{1,4}(?:\.\d{1,3})?/(?:19|20)\d{2}/(${SEGMENT}(?:-${SEGMENT})*)$`, 'u');
const CONSOLIDATED_NUMBER = new RegExp(String.raw`^\d{1,4}/(VBHN-${SEGMENT})$`, 'u');
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u;
const HEX_SHA256 = /^[0-9a-f]{64}$/u;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

class Checker {
  readonly errors: FakeFieldError[] = [];

  fail(field: string, code: string, message: string): void {
    this.errors.push({ field, code, message });
  }

  /** A string that is NFC, trimmed and not empty. A missing value was reported by `fields`. */
  text(value: unknown, field: string): value is string {
    if (value === undefined) return false;
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(field, 'required', 'must be a non-empty string');
      return false;
    }
    if (value !== value.trim() || value !== value.normalize('NFC')) {
      this.fail(field, 'format', 'must be trimmed and in Unicode NFC');
      return false;
    }
    return true;
  }

  optionalText(value: unknown, field: string): boolean {
    return value === null || this.text(value, field);
  }

  /** Exactly these members: none missing (null stands for "no value"), none unknown. */
  fields(value: Json, expected: readonly string[], at: string): void {
    for (const key of Object.keys(value)) if (!expected.includes(key)) this.fail(`${at}/${key}`, 'unknown_field', 'is not part of the record');
    for (const key of expected) if (!(key in value)) this.fail(`${at}/${key}`, 'required', 'is missing');
  }

  /** A real calendar date written YYYY-MM-DD. */
  date(value: unknown, field: string): value is string {
    if (value === undefined) return false;
    const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    if (!valid) this.fail(field, 'format', 'must be an ISO date YYYY-MM-DD');
    return valid;
  }
}

/** All field errors of a record sent to `PUT /v1/documents/{pathKey}`; empty when it is valid. */
export function validateRecord(body: unknown, pathKey: string): FakeFieldError[] {
  const check = new Checker();
  if (!isObject(body)) {
    check.fail('', 'type', 'the record must be a JSON object');
    return check.errors;
  }
  check.fields(body, FIELDS, '');
  if (body.recordVersion !== '1.0') check.fail('/recordVersion', 'unsupported_version', 'only record version 1.0 is accepted');
  checkIdentity(check, body, pathKey);
  checkSigner(check, body);
  checkDates(check, body);
  checkGazette(check, body);
  for (const field of ['title', 'docTypeName', 'territorialScope', 'fullText']) check.text(body[field], `/${field}`);
  for (const field of ['sector', 'field']) check.optionalText(body[field], `/${field}`);
  if (body.applicationNotes !== null && typeof body.applicationNotes !== 'string') check.fail('/applicationNotes', 'type', 'must be a string or null');
  if (typeof body.validityStatus !== 'string' || !(body.validityStatus in VALIDITY)) {
    check.fail('/validityStatus', 'enum', `must be one of ${Object.keys(VALIDITY).join(', ')}`);
  } else if (body.validityStatusLabel !== VALIDITY[body.validityStatus]) {
    check.fail('/validityStatusLabel', 'mismatch', `must be "${VALIDITY[body.validityStatus]}" for ${body.validityStatus}`);
  }
  checkOriginalFile(check, body.originalFile);
  checkAkomaNtosoFields(check, body);
  checkRelations(check, body);
  return check.errors;
}

function checkIdentity(check: Checker, body: Json, pathKey: string): void {
  const { number, docType, issuer } = body;
  if (typeof docType !== 'string' || !DOC_TYPES.includes(docType)) check.fail('/docType', 'enum', `must be one of ${DOC_TYPES.join(', ')}`);
  if (!isObject(issuer)) check.fail('/issuer', 'type', 'must be an object with id and name');
  else {
    check.fields(issuer, ['id', 'name'], '/issuer');
    check.text(issuer.id, '/issuer/id');
    check.text(issuer.name, '/issuer/name');
  }
  if (check.text(number, '/number')) {
    const match = NORMATIVE_NUMBER.exec(number) ?? (docType === 'CONSOLIDATED_TEXT' ? CONSOLIDATED_NUMBER.exec(number) : null);
    if (match === null) check.fail('/number', 'pattern', 'must read <seq>/<year>/<type>-<issuer> (or <seq>/VBHN-<issuer> for a consolidated text)');
    else {
      const symbol = match[1].split('-')[0];
      const expected = TYPE_SYMBOLS[symbol];
      if (expected !== undefined && DOC_TYPES.includes(docType as string) && expected !== docType) check.fail('/docType', 'inconsistent', `the number's symbol ${symbol} means ${expected}`);
    }
  }
  if (typeof body.documentKey !== 'string' || !HEX_SHA256.test(body.documentKey)) check.fail('/documentKey', 'format', 'must be 64 lowercase hex digits');
  else if (body.documentKey !== pathKey) check.fail('/documentKey', 'mismatch', 'must equal the key in the request path');
  else if (isObject(issuer) && typeof issuer.id === 'string' && typeof number === 'string') {
    const expected = createHash('sha256').update(`${issuer.id}\n${number}`, 'utf8').digest('hex');
    if (body.documentKey !== expected) check.fail('/documentKey', 'mismatch', 'must be SHA-256 of issuer.id, a line feed and number');
  }
}

function checkSigner(check: Checker, body: Json): void {
  check.text(body.signerName, '/signerName');
  check.optionalText(body.signerTitle, '/signerTitle');
  if (body.signingCapacity !== null && !CAPACITIES.includes(body.signingCapacity as string)) {
    check.fail('/signingCapacity', 'enum', `must be null or one of ${CAPACITIES.join(', ')}`);
  }
}

function checkDates(check: Checker, body: Json): void {
  const issued = check.date(body.issuedDate, '/issuedDate') ? body.issuedDate : null;
  const effective = check.date(body.effectiveDate, '/effectiveDate') ? body.effectiveDate : null;
  if (issued !== null && effective !== null && effective < issued) check.fail('/effectiveDate', 'before_issued', 'cannot be earlier than issuedDate');
  if (body.expiryDate !== null && check.date(body.expiryDate, '/expiryDate') && effective !== null && body.expiryDate < effective) {
    check.fail('/expiryDate', 'before_effective', 'cannot be earlier than effectiveDate');
  }
  check.optionalText(body.expiryReason, '/expiryReason');
  if (body.expiryReason !== null && body.expiryDate === null) check.fail('/expiryDate', 'required', 'is required when an expiry reason is given');
  if (body.validityStatus === 'FULLY_EXPIRED' && body.expiryDate === null) check.fail('/expiryDate', 'required', 'is required for a fully expired document');
}

function checkGazette(check: Checker, body: Json): void {
  const present = [body.source, body.gazetteIssueNo, body.gazetteDate].map((value) => value !== null);
  if (present.some(Boolean) && !present.every(Boolean)) {
    check.fail('/source', 'inconsistent', 'source, gazetteIssueNo and gazetteDate are given together or not at all');
    return;
  }
  if (!present[0]) return;
  check.text(body.source, '/source');
  check.text(body.gazetteIssueNo, '/gazetteIssueNo');
  if (check.date(body.gazetteDate, '/gazetteDate') && typeof body.issuedDate === 'string' && body.gazetteDate < body.issuedDate) {
    check.fail('/gazetteDate', 'before_issued', 'the gazette cannot carry a document before it is issued');
  }
}

function checkOriginalFile(check: Checker, file: unknown): void {
  if (!isObject(file)) {
    check.fail('/originalFile', 'type', 'must be an object');
    return;
  }
  check.fields(file, ['fileName', 'mimeType', 'sizeBytes', 'sha256', 'contentBase64'], '/originalFile');
  if (check.text(file.fileName, '/originalFile/fileName') && /[/\\]/u.test(file.fileName)) check.fail('/originalFile/fileName', 'format', 'must not contain a path');
  const sniff = typeof file.mimeType === 'string' ? MIME_TYPES[file.mimeType] : undefined;
  if (sniff === undefined) check.fail('/originalFile/mimeType', 'enum', `must be one of ${Object.keys(MIME_TYPES).join(', ')}`);
  if (typeof file.sha256 !== 'string' || !HEX_SHA256.test(file.sha256)) check.fail('/originalFile/sha256', 'format', 'must be 64 lowercase hex digits');
  if (typeof file.contentBase64 !== 'string' || file.contentBase64 === '' || !BASE64.test(file.contentBase64)) {
    check.fail('/originalFile/contentBase64', 'format', 'must be non-empty, padded standard base64');
    return;
  }
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (file.sizeBytes !== bytes.length) check.fail('/originalFile/sizeBytes', 'mismatch', `the content has ${bytes.length} bytes`);
  if (typeof file.sha256 === 'string' && createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    check.fail('/originalFile/sha256', 'mismatch', 'does not match the SHA-256 of the content');
  }
  if (sniff !== undefined && !sniff(bytes)) check.fail('/originalFile/contentBase64', 'content_type_mismatch', `the content is not ${String(file.mimeType)}`);
}

/** The fields around the markup; the schema check itself runs apart, because it spawns xmllint. */
function checkAkomaNtosoFields(check: Checker, body: Json): void {
  const akn = body.akomaNtoso;
  if (!isObject(akn)) {
    check.fail('/akomaNtoso', 'type', 'must be an object');
    return;
  }
  check.fields(akn, ['schema', 'frbrExpressionUri', 'xml'], '/akomaNtoso');
  if (akn.schema !== 'akomantoso30') check.fail('/akomaNtoso/schema', 'enum', 'must be "akomantoso30"');
  if (typeof akn.frbrExpressionUri !== 'string' || !/^\/akn\/vn(?:-[a-z0-9]+)?\/act\/\S+\/vie@\d{4}-\d{2}-\d{2}$/u.test(akn.frbrExpressionUri)) {
    check.fail('/akomaNtoso/frbrExpressionUri', 'format', 'must be an Akoma Ntoso expression URI /akn/vn…/act/…/vie@YYYY-MM-DD');
  }
  if (typeof akn.xml !== 'string' || akn.xml === '') {
    check.fail('/akomaNtoso/xml', 'required', 'must be the Akoma Ntoso document');
    return;
  }
  const numbers = [...akn.xml.matchAll(/<FRBRnumber value="([^"]*)"\/>/gu)].map((match) => match[1]);
  if (typeof body.number === 'string' && (numbers.length === 0 || numbers.some((value) => value !== escapeAttribute(body.number as string)))) {
    check.fail('/akomaNtoso/xml', 'mismatch', 'every FRBRnumber must equal number');
  }
  const expressions = [...akn.xml.matchAll(/<FRBRExpression>\s*<FRBRthis [^>]*>\s*<FRBRuri value="([^"]*)"\/>/gu)].map((match) => match[1]);
  if (typeof akn.frbrExpressionUri === 'string' && (expressions.length === 0 || expressions.some((value) => value !== escapeAttribute(akn.frbrExpressionUri as string)))) {
    check.fail('/akomaNtoso/xml', 'mismatch', 'every FRBR expression URI must equal frbrExpressionUri');
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function checkRelations(check: Checker, body: Json): void {
  const { relations, legalBasis } = body;
  if (!Array.isArray(relations)) check.fail('/relations', 'type', 'must be an array');
  else {
    relations.forEach((relation: unknown, i) => {
      const at = `/relations/${i}`;
      if (!isObject(relation)) return check.fail(at, 'type', 'must be an object');
      check.fields(relation, ['type', 'label', 'inverseLabel', 'targetNumber', 'targetTitle', 'targetPathKey'], at);
      if (typeof relation.type !== 'string' || !/^[A-Z][A-Z_]*$/u.test(relation.type)) check.fail(`${at}/type`, 'format', 'must be an upper-case relation code');
      const inverse = typeof relation.label === 'string' ? RELATION_PAIRS[relation.label] : undefined;
      if (inverse === undefined) check.fail(`${at}/label`, 'enum', `must be one of ${Object.keys(RELATION_PAIRS).join(', ')}`);
      else if (relation.inverseLabel !== inverse) check.fail(`${at}/inverseLabel`, 'mismatch', `must be "${inverse}" for "${String(relation.label)}"`);
      checkTarget(check, relation, ['targetNumber', 'targetTitle', 'targetPathKey'], at);
    });
  }
  if (!Array.isArray(legalBasis)) {
    check.fail('/legalBasis', 'type', 'must be an array');
    return;
  }
  legalBasis.forEach((basis: unknown, i) => {
    const at = `/legalBasis/${i}`;
    if (!isObject(basis)) return check.fail(at, 'type', 'must be an object');
    check.fields(basis, ['number', 'title', 'pathKey'], at);
    checkTarget(check, basis, ['number', 'title', 'pathKey'], at);
  });
  if (Array.isArray(relations) && legalBasis.length !== relations.filter((r: unknown) => isObject(r) && r.label === 'basis').length) {
    check.fail('/legalBasis', 'inconsistent', 'must list exactly the "basis" relations');
  }
}

/** A cited document is known by its number, its title, or both; the provision path is optional. */
function checkTarget(check: Checker, item: Json, fields: readonly [number: string, title: string, pathKey: string], at: string): void {
  for (const field of fields) check.optionalText(item[field], `${at}/${field}`);
  if (item[fields[0]] === null && item[fields[1]] === null) check.fail(at, 'required', 'the target needs a number or a title');
}
