import type { PublicationDocument, PublicationSigningCapacity } from '../publication-document';
import { asciiSlug, type FrbrIdentity } from './frbr';
import { el, type XmlElement } from './xml';

/** What the signing capacity abbreviations stand for, shown in the references. */
export const CAPACITY_NAMES: Readonly<Record<PublicationSigningCapacity, string>> = {
  TM: 'Thay mặt',
  KT: 'Ký thay',
  Q: 'Quyền',
  TL: 'Thừa lệnh',
  TUQ: 'Thừa ủy quyền',
};

const ONTOLOGY = '/akn/ontology';

/**
 * The metadata after the FRBR identification: the gazette publication, the life-cycle events
 * (issued, in force, expired) with the interval they bound, and the references every `#id` in the
 * document points to.
 */
export function renderMetaTail(doc: PublicationDocument, frbr: FrbrIdentity): XmlElement[] {
  const gazette = doc.gazette ?? null;
  // The schema knows three event types (generation, amendment, repeal): entry into force is a
  // "generation" told apart by refersTo, and expiry, whatever its cause, the closest: "repeal".
  const events = [
    { eId: 'evt_issued', date: doc.issuedDate, type: 'generation', refersTo: 'issuance', showAs: 'Ban hành' },
    { eId: 'evt_effective', date: doc.effectiveDate, type: 'generation', refersTo: 'entryIntoForce', showAs: 'Có hiệu lực' },
    ...(doc.expiryDate === null
      ? []
      : [{ eId: 'evt_expiry', date: doc.expiryDate, type: 'repeal', refersTo: 'expiry', showAs: 'Hết hiệu lực' }]),
  ];
  const signerTitle = doc.signer.title?.trim() ?? '';
  return [
    gazette === null
      ? null
      : el('publication', { date: gazette.date, name: 'congBao', showAs: `Công báo số ${gazette.issueNo}`, number: gazette.issueNo }),
    el('lifecycle', { source: '#legis' }, ...events.map((e) => el('eventRef', { eId: e.eId, date: e.date, source: '#original', type: e.type, refersTo: `#${e.refersTo}` }))),
    el(
      'temporalData',
      { source: '#legis' },
      el(
        'temporalGroup',
        { eId: 'tmpg_inForce' },
        el('timeInterval', { start: '#evt_effective', end: doc.expiryDate === null ? null : '#evt_expiry', refersTo: '#inForce' }),
      ),
    ),
    el(
      'references',
      { source: '#legis' },
      el('original', { eId: 'original', href: frbr.expressionUri, showAs: doc.title }),
      el('TLCPerson', { eId: 'signer', href: `${ONTOLOGY}/person/vn/${asciiSlug(doc.signer.name, '-') || 'unknown'}`, showAs: doc.signer.name }),
      el('TLCOrganization', { eId: 'issuer', href: `${ONTOLOGY}/organization/vn/${asciiSlug(doc.issuer.name, '-')}`, showAs: doc.issuer.name }),
      el('TLCOrganization', { eId: 'legis', href: `${ONTOLOGY}/organization/vn/legis`, showAs: 'Legis' }),
      ...events.map((e) => el('TLCEvent', { eId: e.refersTo, href: `${ONTOLOGY}/event/vn/${e.refersTo}`, showAs: e.showAs })),
      el('TLCConcept', { eId: 'inForce', href: `${ONTOLOGY}/concept/vn/inForce`, showAs: 'Còn hiệu lực' }),
      signerTitle === '' ? null : el('TLCRole', { eId: 'signerTitle', href: `${ONTOLOGY}/role/vn/${asciiSlug(signerTitle, '-')}`, showAs: signerTitle }),
      doc.signer.capacity === null
        ? null
        : el('TLCRole', { eId: 'signingCapacity', href: `${ONTOLOGY}/role/vn/${doc.signer.capacity.toLowerCase()}`, showAs: CAPACITY_NAMES[doc.signer.capacity] }),
    ),
  ].filter((element): element is XmlElement => element !== null);
}

