import type { ExportTable } from '@legis/domain';
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
/** Times New Roman 13 pt, as Vietnamese administrative documents are set (Decree 30/2020). */
const STYLES = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>`;
/** A4 landscape with 2 cm margins: the lists have up to nine columns. */
const SECTION = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function run(text: string, format: { bold?: boolean; italic?: boolean } = {}): string {
  const properties = `${format.bold ? '<w:b/>' : ''}${format.italic ? '<w:i/>' : ''}`;
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraph(text: string, format: { bold?: boolean; italic?: boolean; center?: boolean } = {}): string {
  return `<w:p>${format.center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : ''}${run(text, format)}</w:p>`;
}

function cell(text: string, format: { bold?: boolean; span?: number } = {}): string {
  const span = format.span ? `<w:gridSpan w:val="${format.span}"/>` : '';
  return `<w:tc><w:tcPr>${span}</w:tcPr>${paragraph(text, { bold: format.bold })}</w:tc>`;
}

/** The body of a list: title, subtitle and one bordered table, section headings as full-width rows. */
export function tableBody(table: ExportTable): string {
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${table.headers.map((h) => cell(h, { bold: true })).join('')}</w:tr>`;
  const rows = table.sections
    .map((section) => {
      const heading = section.heading === null ? '' : `<w:tr>${cell(section.heading, { bold: true, span: table.headers.length })}</w:tr>`;
      return heading + section.rows.map((row) => `<w:tr>${row.map((value) => cell(value)).join('')}</w:tr>`).join('');
    })
    .join('');
  const grid = `<w:tblGrid>${table.headers.map(() => '<w:gridCol/>').join('')}</w:tblGrid>`;
  const properties = `<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr>`;
  return paragraph(table.title.toUpperCase(), { bold: true, center: true }) + paragraph(table.subtitle, { italic: true, center: true }) + `<w:tbl>${properties}${grid}${header}${rows}</w:tbl>` + paragraph('');
}

/** A complete .docx (WordprocessingML package) with the given body: document, styles and their relationships. */
export async function buildDocx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`);
  zip.file('word/styles.xml', `${XML}<w:styles ${W}>${STYLES}</w:styles>`);
  zip.file('word/document.xml', `${XML}<w:document ${W}><w:body>${body}${SECTION}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const exportTableDocx = (table: ExportTable) => buildDocx(tableBody(table));
