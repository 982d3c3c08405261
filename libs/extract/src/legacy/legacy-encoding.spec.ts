import { convertLegacyEncoding, detectLegacyEncoding, type LegacyEncoding } from './legacy-encoding';
import { TCVN3_TO_UNICODE } from './tcvn3-table';
import { VNI_TO_UNICODE } from './vni-table';

/** Unicode → legacy, inverted from the published tables, to build round-trip samples. */
const TO_TCVN3 = new Map([...TCVN3_TO_UNICODE].map(([byte, letter]) => [letter, String.fromCharCode(byte)]));
const TO_VNI = new Map(VNI_TO_UNICODE.map(([sequence, letter]) => [letter, sequence]));

/**
 * How text typed with an ABC keyboard extracts: lower case in .VnTime, and words in capitals in
 * .VnTimeH, which draws capitals at the lower-case positions. VN3 itself has only seven
 * capitals, so a capital such as "Ủ" inside a mixed-case word cannot be typed at all; writers
 * used the old spelling "Uỷ" instead.
 */
function toTcvn3(text: string): string {
  return text.normalize('NFC').replace(/\S+/gu, (word) => {
    const inCapitals = word === word.toUpperCase();
    return [...word]
      .map((char) => {
        const lower = char.toLowerCase();
        if (TO_TCVN3.has(char) || char === lower || !TO_TCVN3.has(lower)) return TO_TCVN3.get(char) ?? char;
        if (!inCapitals) throw new Error(`"${char}" in "${word}" cannot be typed in TCVN3`);
        return TO_TCVN3.get(lower)!;
      })
      .join('');
  });
}

function toVni(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => {
      const lower = char.toLowerCase();
      const sequence = TO_VNI.get(lower);
      if (sequence === undefined) return char;
      return char === lower ? sequence : sequence.toUpperCase();
    })
    .join('');
}

const ALL_LETTERS = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';

const PHRASES = [
  'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
  'Quyết định về việc ban hành Quy chế',
  'Điều 1. Phạm vi điều chỉnh',
  'Chương II. Những quy định cụ thể',
  'Mức hỗ trợ là 500.000 đồng một tháng',
  'Những quy định này được áp dụng từ ngày ký.',
  'Căn cứ Luật Tổ chức chính quyền địa phương; khuyến khích người dân tham gia.',
];

describe.each<[LegacyEncoding, (text: string) => string]>([
  ['TCVN3', toTcvn3],
  ['VNI', toVni],
])('%s', (encoding, encode) => {
  it('round-trips every lower-case Vietnamese letter', () => {
    const legacy = encode(ALL_LETTERS);
    expect(convertLegacyEncoding(legacy, encoding)).toBe(ALL_LETTERS);
  });

  it.each(PHRASES)('round-trips "%s"', (phrase) => {
    const legacy = encode(phrase);
    expect(legacy).not.toBe(phrase);
    expect(detectLegacyEncoding(legacy)).toBe(encoding);
    expect(convertLegacyEncoding(legacy, encoding)).toBe(phrase);
  });

  it('round-trips title-case names such as "Hà Nội" and "Tổ chức"', () => {
    const phrase = encoding === 'TCVN3' ? 'Uỷ ban nhân dân thành phố Hà Nội; Tổ chức' : 'Ủy ban nhân dân thành phố Hà Nội; Tổ chức';
    expect(convertLegacyEncoding(encode(phrase), encoding)).toBe(phrase);
  });

  it('round-trips text in capitals', () => {
    const heading = 'QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ XÉT TẶNG DANH HIỆU CÔNG DÂN THỦ ĐÔ ƯU TÚ';
    expect(convertLegacyEncoding(encode(heading), encoding)).toBe(heading);
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises TCVN3 and VNI mojibake as extracted from old documents', () => {
    expect(detectLegacyEncoding('Qu¶n lý nhµ n­íc vÒ ®Êt ®ai trªn ®Þa bµn tØnh')).toBe('TCVN3');
    expect(detectLegacyEncoding('Quaûn lyù nhaø nöôùc veà ñaát ñai treân ñòa baøn tænh')).toBe('VNI');
  });

  it('leaves Unicode Vietnamese alone, even with the odd «, §, µ or "hoà"', () => {
    const unicode = `${PHRASES.join('\n')}\n« Điều 5 » § 2; dung tích 5 µl; hoà giải, hoá đơn, thuỷ lợi`;
    expect(detectLegacyEncoding(unicode)).toBeNull();
    expect(detectLegacyEncoding('Plain ASCII text, nothing to convert.')).toBeNull();
  });
});

describe('convertLegacyEncoding', () => {
  it('reads ư given as a minus sign, as PDF text layers of .VnTime fonts often do', () => {
    expect(convertLegacyEncoding('Ch\u2212¬ng II', 'TCVN3')).toBe('Chương II');
  });

  it('converts the legacy lines of a document that mixes a Unicode header with a TCVN3 body', () => {
    const mixed = ['ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', toTcvn3('Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý.'), 'Nơi nhận: các sở, ban, ngành'].join('\n');
    expect(detectLegacyEncoding(mixed)).toBe('TCVN3');
    expect(convertLegacyEncoding(mixed, 'TCVN3')).toBe(
      ['ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', 'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý.', 'Nơi nhận: các sở, ban, ngành'].join('\n'),
    );
  });
});
