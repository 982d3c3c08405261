import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  /** Inner XML of w:styles. */
  styles?: string;
  /** Inner XML of w:footnotes. */
  footnotes?: string;
}

/** A paragraph; `numbering` = [numId, level] sets direct list numbering. */
export function paragraph(text: string, numbering?: [string, number], styleId?: string): string {
  const properties = [styleId ? `<w:pStyle w:val="${styleId}"/>` : '', numbering ? `<w:numPr><w:ilvl w:val="${numbering[1]}"/><w:numId w:val="${numbering[0]}"/></w:numPr>` : ''].join('');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A w:lvl element. */
export function level(index: number, format: string, text: string, start = 1): string {
  return `<w:lvl w:ilvl="${index}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
}

/** Builds a minimal but complete .docx package in memory. */
export async function buildDocx(parts: DocxParts): Promise<Buffer> {
  const zip = new JSZip();
  const overrides = [
    ['document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['numbering', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'],
    ['styles', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ['footnotes', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'],
  ]
    .map(([part, type]) => `<Override PartName="/word/${part}.xml" ContentType="${type}"/>`)
    .join('');
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const relationships = (['numbering', 'styles', 'footnotes'] as const)
    .filter((part) => parts[part] !== undefined)
    .map((part, index) => `<Relationship Id="rId${index + 2}" Type="${RELATIONSHIP}/${part}" Target="${part}.xml"/>`)
    .join('');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>`);
  if (parts.numbering !== undefined) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.footnotes !== undefined) zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${parts.footnotes}</w:footnotes>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
