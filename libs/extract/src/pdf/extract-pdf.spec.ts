import { extractText } from '../extract-text';
import type { OcrEngine } from '../ocr/ocr-engine';
import { corpusPdf, hasTesseract } from '../test-fixtures/corpus';
import type { ExtractProgress, ExtractResult } from '../types';

jest.setTimeout(30_000);

/** Tests that need the real tesseract + pdftoppm are skipped, visibly, where they are missing, and the reverse. */
const itWithTesseract = hasTesseract ? it : it.skip;
const itWithoutTesseract = hasTesseract ? it.skip : it;

async function extractCorpusPdf(name: string): Promise<ExtractResult> {
  return extractText({ bytes: corpusPdf(name), filename: name, mimeType: 'application/pdf' }, { ocr: false });
}

/** Article numbers of the "Điều N." / "Điều N:" headings, in order. */
function articleNumbers(text: string): number[] {
  return [...text.matchAll(/^Điều (\d+)[.:]/gmu)].map((match) => Number(match[1]));
}

function lines(text: string): string[] {
  return text.split('\n');
}

describe('extractText on the text-layer PDFs of the corpus', () => {
  it('reads NQ 11/2025/NQ-HĐND (Writer) with its 3 articles and clean preamble lines', async () => {
    const result = await extractCorpusPdf('hanoi_nq-hdnd_11-2025.pdf');
    expect(result).toMatchObject({ format: 'pdf', method: 'text-layer', legacyEncoding: null, stats: { pages: 8 } });
    expect(result.pages).toHaveLength(8);
    expect(result.quality.score).toBeGreaterThan(0.95);
    expect(articleNumbers(result.text)).toEqual([1, 2, 3]);
    expect(lines(result.text)).toEqual(expect.arrayContaining(['NGHỊ QUYẾT', 'Căn cứ Luật Ngân sách Nhà nước ngày 25 tháng 6 năm 2015;', 'Điều 2. Tổ chức thực hiện', 'Nơi nhận:']));
    expect(result.text).toContain('Báo cáo thẩm tra số 84/BC-KTNS ngày 24 tháng 6 năm 2025');
    expect(result.text).toContain('Hội đồng nhân dân thành phố Hà Nội khóa XVI Kỳ họp thứ 24');
  });

  it('reads Công báo TT 02/2023/TT-BLĐTBXH without running heads, keeping the quoted amended article', async () => {
    const result = await extractCorpusPdf('congbao_tt-02-2023-tt-bldtbxh.pdf');
    expect(result.stats.pages).toBe(2);
    expect(articleNumbers(result.text)).toEqual([1, 2]);
    expect(lines(result.text)).toContain('“Điều 1. Phạm vi áp dụng');
    expect(result.text).toContain('Sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH');
    expect(result.text).not.toMatch(/CÔNG BÁO\/Số/);
  });

  it('reads Công báo NĐ 158/2025/NĐ-CP: 60 pages, chapters I–VII, articles 1–45', async () => {
    const result = await extractCorpusPdf('congbao_nd-158-2025-nd-cp.pdf');
    expect(result.stats.pages).toBe(60);
    expect(articleNumbers(result.text)).toEqual(Array.from({ length: 45 }, (_, index) => index + 1));
    expect([...result.text.matchAll(/^Chương ([IVX]+)$/gmu)].map((match) => match[1])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(lines(result.text)).toContain('Chương I');
    expect(lines(result.text)).toContain('NHỮNG QUY ĐỊNH CHUNG');
    expect(result.text).not.toMatch(/CÔNG BÁO\/Số/);
    expect(result.pages![0].text).toMatch(/^NGHỊ ĐỊNH$/mu);
    expect(result.text.split('\n').filter((line) => line === '\f')).toHaveLength(59);
  });

  it('reads Công báo TT 09/2022/TT-BLĐTBXH: 23 pages, 4 chapters, 15 articles', async () => {
    const result = await extractCorpusPdf('congbao_tt-09-2022-tt-bldtbxh.pdf');
    expect(result.stats.pages).toBe(23);
    expect(articleNumbers(result.text)).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
    expect(result.text.match(/^Chương [IVX]+$/gmu)).toHaveLength(4);
  });

  it.each([
    ['hanoi_qd-ubnd_40-2025.pdf', 13, [1, 2, 3, 4, 5], 'Sửa đổi, bổ sung một số điều của các Quy định liên quan đến đất đai'],
    ['hanoi_qd-ubnd_71-2024.pdf', 6, [1, 2, 3, 4, 5], 'Ủy ban nhân dân thành phố Hà Nội'],
    ['hanoi_qd-ubnd_16-2025.pdf', 20, [1, 2, 3, 4, 5, 6, 7], 'Sở Nông nghiệp và Môi trường'],
  ])('reads the Word-made decision %s (%i pages, articles %j)', async (name, pages, articles, phrase) => {
    const result = await extractCorpusPdf(name);
    expect(result.stats.pages).toBe(pages);
    expect(articleNumbers(result.text)).toEqual(articles);
    expect(result.text).toContain(phrase);
    expect(result.quality.score).toBeGreaterThan(0.95);
  });

  it('reads the consolidated VBHN 18 with its footnotes, all 45 articles in order', async () => {
    const result = await extractCorpusPdf('vbhn_18-vbhn-bnnmt_tt-09-2016-giet-mo.pdf');
    expect(result.stats.pages).toBe(35);
    const numbers = articleNumbers(result.text);
    // Footnotes quote articles of the amending circulars; the consolidated articles run 1..45 among them.
    let next = 1;
    for (const number of numbers) if (number === next) next++;
    expect(next - 1).toBe(45);
    expect(result.text).toContain('kiểm soát giết mổ');
  });
});

describe('extractText on PDFs without a usable text layer', () => {
  it('flags the defective text layer of QĐ 35/2024 (lost Vietnamese glyphs) as low quality when OCR is off', async () => {
    const result = await extractCorpusPdf('hanoi_qd-ubnd_35-2024.pdf');
    expect(result.method).toBe('text-layer');
    expect(result.stats.pages).toBe(9);
    expect(result.quality.score).toBeLessThan(0.8);
    expect(result.quality.reasons.join(' ')).toMatch(/not valid Vietnamese syllables/);
    expect(result.warnings.join(' ')).toMatch(/text layer looks defective.*OCR is not available: OCR is turned off/);
  });

  it('fails the scanned NQ 12/2025 with NEEDS_OCR when OCR is off, never with empty text', async () => {
    await expect(extractText({ bytes: corpusPdf('hanoi_nq-hdnd_12-2025_scanned.pdf') }, { ocr: false })).rejects.toMatchObject({
      code: 'NEEDS_OCR',
      pages: 7,
      message: expect.stringContaining('OCR is turned off'),
    });
  });

  it('fails the scanned PDF with NEEDS_OCR naming the cause when the OCR engine is not installed', async () => {
    const missing: OcrEngine = {
      isAvailable: () => Promise.resolve({ available: false, reason: 'tesseract is not installed' }),
      recognizePdfPage: () => Promise.reject(new Error('unreachable')),
    };
    await expect(extractText({ bytes: corpusPdf('hanoi_nq-hdnd_12-2025_scanned.pdf') }, { ocr: { engine: missing } })).rejects.toMatchObject({
      code: 'NEEDS_OCR',
      message: expect.stringContaining('tesseract is not installed'),
    });
  });

  it('replaces a defective text layer with OCR text when OCR reads better', async () => {
    const recognised: number[] = [];
    const engine: OcrEngine = {
      isAvailable: () => Promise.resolve({ available: true }),
      recognizePdfPage: (_path, page) => {
        recognised.push(page);
        return Promise.resolve(`Điều ${page}. Quy chế xét tặng danh hiệu “Công dân Thủ đô ưu tú” áp dụng cho các cá nhân đang cư trú trên địa bàn thành phố Hà Nội.\n`.repeat(3));
      },
    };
    const result = await extractText({ bytes: corpusPdf('hanoi_qd-ubnd_35-2024.pdf') }, { ocr: { engine, concurrency: 3 } });
    expect(recognised.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.method).toBe('ocr');
    expect(result.pages!.every((page) => page.method === 'ocr')).toBe(true);
    expect(result.quality.score).toBeGreaterThan(0.95);
  });

  itWithoutTesseract('fails the scanned PDF with NEEDS_OCR when tesseract is not installed (default engine)', async () => {
    await expect(extractText({ bytes: corpusPdf('hanoi_nq-hdnd_12-2025_scanned.pdf') })).rejects.toMatchObject({ code: 'NEEDS_OCR', message: expect.stringContaining('apt-get install') });
  });

  itWithTesseract('OCRs the first two pages of the scanned NQ 12/2025 into readable Vietnamese (tesseract installed)', async () => {
    const progress: ExtractProgress[] = [];
    const result = await extractText(
      { bytes: corpusPdf('hanoi_nq-hdnd_12-2025_scanned.pdf'), filename: 'hanoi_nq-hdnd_12-2025_scanned.pdf' },
      { ocr: { maxPages: 2 }, onProgress: (event) => progress.push(event) },
    );
    expect(result.method).toBe('ocr');
    expect(result.pages!.map((page) => page.method)).toEqual(['ocr', 'ocr', 'text-layer', 'text-layer', 'text-layer', 'text-layer', 'text-layer']);
    expect(result.text).toMatch(/Nghị quyết/u);
    expect(result.text).toMatch(/Hội đồng nhân dân/u);
    expect(result.text).toMatch(/^Căn cứ Luật Ngân sách nhà nước/mu);
    expect(result.warnings.join(' ')).toMatch(/OCR was limited to 2 pages; pages 3, 4, 5, 6, 7/);
    expect(progress.filter((event) => event.stage === 'ocr').map((event) => event.stage === 'ocr' && event.done)).toEqual([1, 2]);
  }, 60_000);

  itWithTesseract('OCRs the defective QĐ 35/2024 and recovers "xét tặng" (tesseract installed, first page only)', async () => {
    const result = await extractText({ bytes: corpusPdf('hanoi_qd-ubnd_35-2024.pdf') }, { ocr: { maxPages: 1 } });
    expect(result.pages![0].method).toBe('ocr');
    expect(result.pages![0].text).toMatch(/xét tặng danh hiệu/u);
    expect(result.pages![1].method).toBe('text-layer');
  }, 60_000);
});
