import { el, escapeXmlAttribute, escapeXmlText, serializeXml } from './xml';

describe('XML escaping', () => {
  it('escapes &, < and > in text and keeps Vietnamese letters as they are', () => {
    expect(escapeXmlText('Phí & lệ phí <dưới 18 tuổi> > 0')).toBe('Phí &amp; lệ phí &lt;dưới 18 tuổi&gt; &gt; 0');
  });

  it('escapes quotes and keeps tabs and line breaks of attribute values as character references', () => {
    expect(escapeXmlAttribute('a "b" & c\td\ne\r')).toBe('a &quot;b&quot; &amp; c&#9;d&#10;e&#13;');
  });

  it('drops characters XML 1.0 cannot carry and keeps surrogate pairs', () => {
    expect(escapeXmlText('a\u0000b\u0007c\u000Bd\uFFFEe\uD800f😀')).toBe('abcdef😀');
  });

  it('keeps tab, line feed and carriage return in text', () => {
    expect(escapeXmlText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('normalises text to NFC, so decomposed Vietnamese is written precomposed', () => {
    expect(escapeXmlText('Quyết định'.normalize('NFD'))).toBe('Quyết định');
  });
});

describe('serializeXml', () => {
  it('indents element-only content and leaves mixed content untouched', () => {
    const xml = serializeXml(el('a', { x: '1', y: null }, el('p', {}, 'Số: ', el('docNumber', {}, '12/2025/QĐ-UBND')), el('b')));
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <p>Số: <docNumber>12/2025/QĐ-UBND</docNumber></p>\n  <b/>\n</a>\n',
    );
  });

  it('writes a text container on one line even when it starts with markup', () => {
    const xml = serializeXml(el('p', {}, el('signature', {}, el('role', {}, 'KT.'), el('person', {}, 'A'))));
    expect(xml).toContain('<p><signature><role>KT.</role><person>A</person></signature></p>');
  });
});
