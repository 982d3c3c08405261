import { normalizeDocumentNumber } from '@legis/domain';
import type { PublicationDocument } from '../publication-document';
import { EIdRegistry } from './eid';
import { asciiSlug, frbrIdentity } from './frbr';
import { identification } from './identification';
import { extractPreamble } from './preamble';
import { renderAttachments } from './render-attachments';
import { renderMetaTail } from './render-meta';
import { paragraphs, renderProvisions, type RenderScope } from './render-provisions';
import { el, serializeXml, type XmlElement } from './xml';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AkomaNtosoOptions {
  /**
   * Place code after "vn-" in the FRBR URIs ("hanoi"). Defaults to the folded name of the province
   * in the territorial scope, or of the issuer.
   */
  jurisdiction?: string;
}

/**
 * The document as an OASIS Akoma Ntoso 3.0 `<act>`: FRBR identification, the number and title in
 * the preface, the legal-basis citations in the preamble, the provision tree in the body (Phần →
 * part … Điểm → point) with naming-convention eIds (`art_5a__para_2__point_dd`), the signature in
 * the conclusions and Phụ lục as attachments. Deterministic: the same document gives the same bytes.
 */
export function toAkomaNtoso(doc: PublicationDocument, options: AkomaNtosoOptions = {}): string {
  const frbr = frbrIdentity(doc, options.jurisdiction);
  const number = normalizeDocumentNumber(doc.number);
  const document = { frbr, number, docTypeName: doc.docTypeName, subtype: asciiSlug(doc.docType, '-') };
  const scope: RenderScope = { registry: new EIdRegistry(), prefix: null, annexes: [] };
  const provisions = renderProvisions(doc.provisions, null, scope);
  const act = el(
    'act',
    { name: document.subtype, contains: 'originalVersion' },
    el('meta', {}, identification({ ...document, component: 'main' }), ...renderMetaTail(doc, frbr)),
    renderPreface(doc, number),
    renderPreamble(doc.fullText),
    // A document whose text could not be split into provisions still gets a valid body.
    el('body', {}, ...(provisions.length > 0 ? provisions : [unstructuredText(doc.fullText)])),
    renderConclusions(doc),
    renderAttachments(scope, document),
  );
  return serializeXml(el('akomaNtoso', { xmlns: AKN_NAMESPACE }, act));
}

function renderPreface(doc: PublicationDocument, number: string): XmlElement {
  return el(
    'preface',
    {},
    el('p', {}, el('docAuthority', {}, doc.issuer.name)),
    el('p', {}, 'Số: ', el('docNumber', {}, number)),
    el('p', {}, el('docDate', { date: doc.issuedDate }, vietnameseDate(doc.issuedDate))),
    el('longTitle', {}, el('p', {}, el('docType', {}, doc.docTypeName), ' ', el('docTitle', {}, doc.title))),
  );
}

function renderPreamble(fullText: string): XmlElement | null {
  const { citations, recitals, formula } = extractPreamble(fullText);
  if (citations.length === 0 && recitals.length === 0 && formula === null) return null;
  return el(
    'preamble',
    {},
    citations.length === 0
      ? null
      : el('citations', { eId: 'cits_1' }, ...citations.map((text, i) => el('citation', { eId: `cits_1__cit_${i + 1}` }, el('p', {}, text)))),
    recitals.length === 0
      ? null
      : el('recitals', { eId: 'recs_1' }, ...recitals.map((text, i) => el('recital', { eId: `recs_1__rec_${i + 1}` }, el('p', {}, text)))),
    formula === null ? null : el('formula', { name: 'enactingFormula', eId: 'formula_1' }, el('p', {}, formula)),
  );
}

/** TM./KT./… as written, then the signer's title and name, each tied to its reference. */
function renderConclusions(doc: PublicationDocument): XmlElement {
  const title = doc.signer.title?.trim() ?? '';
  return el(
    'conclusions',
    {},
    el(
      'p',
      {},
      el(
        'signature',
        {},
        doc.signer.capacity === null ? null : el('role', { refersTo: '#signingCapacity' }, `${doc.signer.capacity}.`),
        doc.signer.capacity === null || title === '' ? null : ' ',
        title === '' ? null : el('role', { refersTo: '#signerTitle' }, title),
        doc.signer.capacity === null && title === '' ? null : ' ',
        el('person', { refersTo: '#signer' }, doc.signer.name),
      ),
    ),
  );
}

function unstructuredText(fullText: string): XmlElement {
  const text = paragraphs(fullText);
  return el('hcontainer', { eId: 'hcontainer_1', name: 'fullText' }, el('content', {}, ...(text.length > 0 ? text : [el('p')])));
}

/**
 * "ngày 05 tháng 02 năm 2025", "ngày 26 tháng 11 năm 2025": the place-and-date line pads days
 * below 10 and the months January and February with a zero, and nothing else.
 */
function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ngày ${day < 10 ? pad(day) : day} tháng ${month < 3 ? pad(month) : month} năm ${year}`;
}
