import { buildDocx, paragraph } from '../../libs/extract/src/test-fixtures/docx-fixtures';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx holding the text one paragraph per line, as drafting agencies send drafts. */
export function docxOf(text: string): Promise<Buffer> {
  return buildDocx({ body: text.split('\n').map((line) => paragraph(escapeXml(line))).join('') });
}
