import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { itWithXmllint, validateAkomaNtoso } from '../../../../test/support/fake-national-db-xmllint';
import type { PublicationDocument, PublicationProvision } from '../publication-document';
import { corpusDocument, corpusEntries, corpusEntry } from '../test-fixtures/corpus-documents';
import { smallDocument } from '../test-fixtures/small-document';
import { toAkomaNtoso } from './to-akoma-ntoso';
import { escapeXmlText } from './xml';

function flatten(provisions: readonly PublicationProvision[]): PublicationProvision[] {
  return provisions.flatMap((node) => [node, ...flatten(node.children)]);
}

const eIds = (xml: string) => [...xml.matchAll(/ eId="([^"]+)"/gu)].map((match) => match[1]);

describe('toAkomaNtoso on a small decision', () => {
  const xml = toAkomaNtoso(smallDocument());

  itWithXmllint('is valid against the OASIS Akoma Ntoso 3.0 schema (xmllint)', async () => {
    expect(await validateAkomaNtoso({ xml })).toEqual({ valid: true, errors: [] });
  });

  it('maps Chương, Điều, Khoản and Điểm onto chapter, article, paragraph and point with AKN eIds', () => {
    expect(eIds(xml)).toEqual(
      expect.arrayContaining([
        'chp_i',
        'art_1',
        'art_5',
        'art_5__para_1',
        'art_5__para_1__point_a',
        'art_5__para_1__point_dd',
        'art_5__para_1__point_a1',
        'art_5__para_2a',
        'art_5a',
        'art_5a__point_dd',
      ]),
    );
    expect(xml).toMatch(/<chapter eId="chp_i">\s*<num>Chương I<\/num>\s*<heading>QUY ĐỊNH CHUNG<\/heading>/u);
    expect(xml).toMatch(/<article eId="art_5a">\s*<num>Điều 5a\.<\/num>\s*<heading>Điều chèn<\/heading>/u);
    expect(xml).toMatch(/<point eId="art_5__para_1__point_dd">\s*<num>đ\)<\/num>/u);
  });

  it('puts the own text of a node with children in intro and the text of a leaf in content', () => {
    expect(xml).toMatch(/<paragraph eId="art_5__para_1">\s*<num>1\.<\/num>\s*<intro>\s*<p>Mức thu được quy định như sau:<\/p>\s*<\/intro>\s*<point/u);
    expect(xml).toMatch(/<paragraph eId="art_5__para_2a">\s*<num>2a\.<\/num>\s*<content>\s*<p>Khoản chèn 2a\.<\/p>/u);
  });

  it('escapes &, < and > in the title, the text and the metadata', () => {
    expect(xml).toContain('<docTitle>Quy định mức thu phí &amp; lệ phí &lt;tạm thời&gt; trên địa bàn tỉnh Đồng Tháp</docTitle>');
    expect(xml).toContain('<p>Cá nhân &lt; 18 tuổi: miễn;</p>');
    expect(xml).toContain('showAs="Quy định mức thu phí &amp; lệ phí &lt;tạm thời&gt; trên địa bàn tỉnh Đồng Tháp"');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)/u);
  });

  it('identifies the act with FRBR URIs and the number in the preface', () => {
    expect(xml).toContain('<FRBRthis value="/akn/vn-dongthap/act/decision/2025/12-2025-qd-ubnd/!main"/>');
    expect(xml).toContain('<FRBRuri value="/akn/vn-dongthap/act/decision/2025/12-2025-qd-ubnd/vie@2025-11-05"/>');
    expect(xml).toContain('<FRBRlanguage language="vie"/>');
    expect(xml).toContain('<p>Số: <docNumber>12/2025/QĐ-UBND</docNumber></p>');
    expect(xml).toContain('<docDate date="2025-11-05">ngày 05 tháng 11 năm 2025</docDate>');
  });

  it('lists the legal basis of the preamble as citations and keeps the enacting formula', () => {
    expect(xml).toContain('<p>Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;</p>');
    expect(xml).toMatch(/<formula name="enactingFormula" eId="formula_1">\s*<p>QUYẾT ĐỊNH:<\/p>/u);
  });

  it('signs in the conclusions with the capacity, the title and the name', () => {
    expect(xml).toContain(
      '<signature><role refersTo="#signingCapacity">KT.</role> <role refersTo="#signerTitle">PHÓ CHỦ TỊCH</role> <person refersTo="#signer">Nguyễn Văn A</person></signature>',
    );
  });

  it('moves Phụ lục out of the body into an attachment with its own identification', () => {
    expect(xml).toMatch(/<attachment eId="att_1">\s*<doc name="annex">/u);
    expect(xml).toContain('<FRBRthis value="/akn/vn-dongthap/act/decision/2025/12-2025-qd-ubnd/!att_1"/>');
    expect(xml).toContain('<p><docNumber>Phụ lục I</docNumber></p>');
    expect(xml).toContain('<p>Dòng 1 &amp; dòng 2</p>');
    expect(xml.indexOf('<attachments>')).toBeGreaterThan(xml.indexOf('</body>'));
  });

  it('records the gazette publication and the in-force interval in the metadata', () => {
    expect(xml).toContain('<publication date="2025-11-10" name="congBao" showAs="Công báo số 591+592" number="591+592"/>');
    expect(xml).toContain('<timeInterval start="#evt_effective" refersTo="#inForce"/>');
  });

  it('gives the same bytes for the same document', () => {
    expect(toAkomaNtoso(smallDocument())).toBe(xml);
  });
});

describe('toAkomaNtoso on awkward input', () => {
  itWithXmllint('keeps eIds unique when a number repeats, and stays valid', async () => {
    const article = (text: string): PublicationProvision => ({ level: 'article', number: '3', pathKey: 'd3', heading: 'Trùng số', text, children: [] });
    const xml = toAkomaNtoso(smallDocument({ provisions: [article('Lần 1'), article('Lần 2')] }));
    expect(eIds(xml)).toEqual(expect.arrayContaining(['art_3', 'art_3_2']));
    expect((await validateAkomaNtoso({ xml })).valid).toBe(true);
  });

  itWithXmllint('falls back to the full text in one container when there are no provisions', async () => {
    const xml = toAkomaNtoso(smallDocument({ provisions: [], fullText: 'Dòng một\nDòng & hai' }));
    expect(xml).toContain('<hcontainer eId="hcontainer_1" name="fullText">');
    expect((await validateAkomaNtoso({ xml })).valid).toBe(true);
  });

  itWithXmllint('survives control characters from PDF extraction, an expiry date and a signer without title or capacity', async () => {
    const xml = toAkomaNtoso(
      smallDocument({
        title: 'Tiêu đề\u0000 lỗi\u000C trích xuất',
        expiryDate: '2030-01-01',
        expiryReason: 'Hết thời hạn',
        signer: { name: 'Trần Thị B', title: null, capacity: null },
        gazette: null,
      }),
    );
    expect(xml).toContain('<docTitle>Tiêu đề lỗi trích xuất</docTitle>');
    expect(xml).toContain('<signature><person refersTo="#signer">Trần Thị B</person></signature>');
    expect((await validateAkomaNtoso({ xml })).valid).toBe(true);
  });
});

describe('toAkomaNtoso on real documents of the corpus', () => {
  /** Parsed with parseLegalText of @legis/domain, as the application does. */
  const cases: Array<[string, string]> = [
    ['ragdemo-pdf-vanbangoc-q-16-2025', '16/2025/QĐ-UBND Hà Nội, 20 pages of khoản and điểm'],
    ['tnt305-5a80798bbf985e87', '138/2025/QĐ-UBND Đồng Tháp, with an attached regulation in chapters'],
    ['ragdemo-pdf-nqso11-2025', '11/2025/NQ-HĐND Hà Nội, an amending resolution'],
  ];

  describe.each(cases)('%s (%s)', (id) => {
    const doc: PublicationDocument = corpusDocument(corpusEntry(id));
    const xml = toAkomaNtoso(doc);
    const nodes = flatten(doc.provisions);

    itWithXmllint('is valid against the schema', async () => {
      expect(await validateAkomaNtoso({ xml })).toEqual({ valid: true, errors: [] });
    });

    it('has one element per provision and every line of text, escaped', () => {
      const bodyNodes = nodes.filter((node) => node.level !== 'annex');
      expect(bodyNodes.length).toBeGreaterThan(10);
      expect(xml.match(/<(?:part|chapter|section|subsection|article|paragraph|point) eId=/gu)).toHaveLength(bodyNodes.length);
      expect(xml.match(/<attachment eId=/gu)?.length ?? 0).toBe(nodes.length - bodyNodes.length);
      for (const node of nodes) {
        for (const line of node.text.split('\n').map((l) => l.trim()).filter(Boolean)) expect(xml).toContain(`<p>${escapeXmlText(line)}</p>`);
      }
    });
  });

  it('prefixes the provisions of an attached regulation with their attachment', () => {
    const xml = toAkomaNtoso(corpusDocument(corpusEntry('tnt305-5a80798bbf985e87')));
    expect(eIds(xml)).toEqual(expect.arrayContaining(['art_1', 'att_1', 'att_1__chp_i', 'att_1__art_1', 'att_1__art_2__para_1']));
  });

  itWithXmllint(
    'is valid for every provincial document of the corpus (one xmllint run)',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'akn-corpus-'));
      try {
        const files = corpusEntries()
          .filter((entry) => entry.level === 'provincial')
          .map((entry) => {
            const file = path.join(dir, `${entry.id}.xml`);
            writeFileSync(file, toAkomaNtoso(corpusDocument(entry)));
            return file;
          });
        expect(files.length).toBeGreaterThan(200);
        expect(await validateAkomaNtoso({ files })).toEqual({ valid: true, errors: [] });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
