import { assessTextQuality } from './assess-text-quality';
import { isVietnameseSyllable } from './vietnamese-syllable';

const GOOD = `Điều 1. Phạm vi điều chỉnh
Quy chế này quy định về đối tượng, nguyên tắc, tiêu chuẩn, quy trình, hồ sơ xét tặng; kinh phí khen thưởng
và quyền lợi cá nhân được tặng thưởng danh hiệu “Công dân Thủ đô ưu tú”.
Điều 2. Đối tượng áp dụng
1. Sở, ban, ngành; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Ủy ban nhân dân các quận, huyện.
2. Cá nhân là người Việt Nam đang cư trú trên địa bàn thành phố Hà Nội đạt tiêu chuẩn theo quy định tại Điều 4.`;

/** The same passage as hanoi_qd-ubnd_35-2024.pdf's text layer gives it: glyphs mapped to wrong letters. */
const MISMAPPED = `Điều 1. Phạm vi điều chỉnh
Quy chế njy quy định về đối tượng, nguyên tắc, tiêu chuẩn, quy trunh, hӗ sơ xpt tặng; kinh pht khen thưởng
vj quyền lợi ci nhân được tặng thưởng danh hiệu “Công dân Thủ đô ưu t~”.
Điều 2. Đối tượng ip dөng
1. Sở, ban, ngjnh; Mặt trận Tổ quốc vj cic tổ chӭc chtnh trị - xm hội Thjnh phố; Ủy ban nhân dân cic quận, huyện.
2. Ci nhân lj người Việt Nam đang cư trú trên địa bàn thjnh phố Hà Nội đҥt tiêu chuẩn theo quy định tҥi Điều 4.`;

/** As pdftotext gives it: the lost glyphs become gaps. */
const DROPPED = `Quy chế n y quy định về đối tượng, nguyên tắc, tiêu chuẩn, quy tr nh, hồ sơ x t t ng; kinh ph khen thưởng
v quyền lợi c nhân được t ng thưởng danh hiệu. Gi m đốc Sở Nội vụ; Ch nh Văn ph ng Ủy ban nhân dân Th nh phố
ng y 16 th ng 01 năm 2018 của Ủy ban nhân dân th nh phố H Nội về việc ban h nh Quy chế x t t ng danh hiệu.`;

describe('isVietnameseSyllable', () => {
  it.each(['quyết', 'định', 'Nghị', 'ĐIỀU', 'những', 'người', 'khuya', 'gì', 'quyền', 'chuyển', 'thuở', 'Ủy', 'oan', 'nghiêng'])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each(['thing', 'cic', 'xpt', 'njy', 'Thjnh', 'chtnh', 'xm', 'phzng', 'ng', 'th', 'company'])('rejects %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe('assessTextQuality', () => {
  it('scores clean Vietnamese legal text near 1 with no reasons', () => {
    const quality = assessTextQuality(GOOD);
    expect(quality.score).toBeGreaterThan(0.95);
    expect(quality.reasons.filter((reason) => !reason.startsWith('little text'))).toEqual([]);
  });

  it('scores a text layer with mis-mapped glyphs below the OCR threshold and says why', () => {
    const quality = assessTextQuality(MISMAPPED);
    expect(quality.score).toBeLessThan(0.8);
    expect(quality.reasons.join(' ')).toMatch(/not valid Vietnamese syllables/);
    expect(quality.reasons.join(' ')).toMatch(/Cyrillic/);
  });

  it('scores a text layer with dropped glyphs below the OCR threshold', () => {
    expect(assessTextQuality(DROPPED).score).toBeLessThan(0.8);
  });

  it('scores Vietnamese written without diacritics low', () => {
    const quality = assessTextQuality('Quy che nay quy dinh ve doi tuong, nguyen tac, tieu chuan, quy trinh, ho so xet tang danh hieu cong dan thu do uu tu nam 2024 tai thanh pho Ha Noi');
    expect(quality.score).toBeLessThan(0.6);
    expect(quality.reasons.join(' ')).toMatch(/few Vietnamese diacritics/);
  });

  it('does not count acronyms, point labels or e-mail addresses against the text', () => {
    const text = `${GOOD}\nNơi nhận: HĐND, UBND, TTr-SNV, các điểm a, b, c và đ) khoản 1; Email: thongtinchinhphu@chinhphu.vn`;
    expect(assessTextQuality(text).score).toBeGreaterThan(0.95);
  });

  it('gives 0 to empty text and caps a near-empty PDF text layer by characters per page', () => {
    expect(assessTextQuality('').score).toBe(0);
    const stampOnly = assessTextQuality('SAO Y; Văn phòng Đoàn ĐBQH và HĐND TP Hà Nội. Giờ ký: 03/07/2025 15:32:39', 7);
    expect(stampOnly.score).toBeLessThan(0.1);
    expect(stampOnly.reasons.join(' ')).toMatch(/sparse text/);
  });
});
