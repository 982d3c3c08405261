import { hasTesseract } from '../test-fixtures/corpus';
import { TesseractOcrEngine } from './tesseract-ocr-engine';

const itWithTesseract = hasTesseract ? it : it.skip;

describe('TesseractOcrEngine.isAvailable', () => {
  it('says which program is missing', async () => {
    const engine = new TesseractOcrEngine({ tesseractPath: 'tesseract-that-is-not-installed' });
    await expect(engine.isAvailable()).resolves.toEqual({
      available: false,
      reason: 'tesseract-that-is-not-installed is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)',
    });
  });

  itWithTesseract('says which language data is missing (tesseract installed)', async () => {
    await expect(new TesseractOcrEngine({ language: 'vie+xyz' }).isAvailable()).resolves.toEqual({
      available: false,
      reason: 'tesseract has no "xyz" language data (Debian: apt-get install tesseract-ocr-xyz)',
    });
  });

  itWithTesseract('is available with Vietnamese data and pdftoppm (tesseract installed)', async () => {
    await expect(new TesseractOcrEngine().isAvailable()).resolves.toEqual({ available: true });
  });
});
