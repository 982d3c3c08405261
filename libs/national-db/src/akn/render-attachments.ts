import type { PublicationProvision } from '../publication-document';
import { composeEId } from './eid';
import { identification, type IdentificationInput } from './identification';
import { numLabel, paragraphs, renderProvisions, type RenderScope } from './render-provisions';
import { el, type XmlElement } from './xml';

/**
 * Phụ lục become `<attachment>`s, each a complete `<doc name="annex">` with its own FRBR
 * identification, as the schema wants. An attached instrument ("Quy định ban hành kèm theo") keeps
 * its own chapters and articles there; their eIds carry the attachment prefix (`att_1__art_3`), so
 * they never clash with the act's own Điều 3.
 */
export function renderAttachments(scope: RenderScope, document: Omit<IdentificationInput, 'component'>): XmlElement | null {
  if (scope.annexes.length === 0) return null;
  return el('attachments', {}, ...scope.annexes.map((annex, index) => renderAnnex(annex, index + 1, scope, document)));
}

function renderAnnex(annex: PublicationProvision, ordinal: number, parent: RenderScope, document: Omit<IdentificationInput, 'component'>): XmlElement {
  const eId = parent.registry.claim(composeEId(parent.prefix, 'att', String(ordinal)));
  const scope: RenderScope = { registry: parent.registry, prefix: eId, annexes: [] };
  const content = [...paragraphs(annex.text), ...renderProvisions(annex.children, null, scope)];
  const label = annex.number === null ? null : numLabel('annex', annex.number);
  const heading = annex.heading?.trim() ?? '';
  const preface =
    label !== null || heading !== ''
      ? el(
          'preface',
          {},
          label !== null ? el('p', {}, el('docNumber', {}, label)) : null,
          heading !== '' ? el('longTitle', {}, el('p', {}, el('docTitle', {}, heading))) : null,
        )
      : null;
  return el(
    'attachment',
    { eId },
    el(
      'doc',
      { name: 'annex' },
      el('meta', {}, identification({ ...document, component: eId })),
      preface,
      el('mainBody', {}, ...(content.length > 0 ? content : [el('p')])),
      renderAttachments(scope, document),
    ),
  );
}
