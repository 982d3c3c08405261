import { extractText } from '../extract-text';

jest.setTimeout(30_000);

const html = (body: string, head = '<meta charset="utf-8"><title>Văn bản</title>'): Buffer =>
  Buffer.from(`<!DOCTYPE html><html><head>${head}<style>p { color: red }</style><script>var x = "<p>Điều 99.</p>";</script></head><body>${body}</body></html>`);

describe('extractText on HTML', () => {
  it('drops head, scripts and styles, breaks lines at blocks and <br>, and keeps inline markup in its line', async () => {
    const result = await extractText({
      bytes: html(
        '<div class="header">ỦY BAN NHÂN DÂN<br>TỈNH BẮC NINH</div>' +
          '<p><b>Điều 1.</b> Phạm vi &amp; đối tượng</p>' +
          '<p>1. Quy định này áp dụng cho\n   các cơ quan&nbsp;nhà nước.</p>' +
          '<noscript>Bật JavaScript</noscript><script>document.write("x")</script>' +
          '<p>Nơi nhận:<br/>- Như Điều 3;</p>',
      ),
      filename: 'van-ban.html',
      mimeType: 'text/html',
    });
    expect(result).toMatchObject({ format: 'html', method: 'html' });
    expect(result.text.split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH BẮC NINH',
      'Điều 1. Phạm vi & đối tượng',
      '1. Quy định này áp dụng cho các cơ quan nhà nước.',
      'Nơi nhận:',
      '- Như Điều 3;',
    ]);
  });

  it('keeps each table row on one line with its cells separated by " | "', async () => {
    const result = await extractText({
      bytes: html('<table><tr><th>STT</th><th>Tên thủ tục</th></tr><tr><td>1</td><td><p>Cấp giấy phép</p><p>xây dựng</p></td></tr></table><p>Tổng cộng</p>'),
    });
    expect(result.text.split('\n')).toEqual(['STT | Tên thủ tục', '1 | Cấp giấy phép xây dựng', 'Tổng cộng']);
  });

  it('numbers ordered list items, lettered ones in the point style "a)"', async () => {
    const result = await extractText({ bytes: html('<ol type="a"><li>doanh nghiệp;</li><li>hợp tác xã.</li></ol><ol start="3"><li>Khoản ba</li></ol>') });
    expect(result.text.split('\n')).toEqual(['a) doanh nghiệp;', 'b) hợp tác xã.', '3. Khoản ba']);
  });

  it('decodes a Windows-1258 page declared by its meta charset', async () => {
    // "Điều 1. Phạm vi" in Windows-1258: Đ = D0, ê = EA, combining grave = CC, dot below = F2.
    const body = Buffer.from([0xd0, 0x69, 0xea, 0xcc, 0x75, 0x20, 0x31, 0x2e, 0x20, 0x50, 0x68, 0x61, 0xf2, 0x6d, 0x20, 0x76, 0x69]);
    const bytes = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>'), body, Buffer.from('</p></body></html>')]);
    expect((await extractText({ bytes })).text).toBe('Điều 1. Phạm vi');
  });

  it('converts a page set in a VNI font to Unicode', async () => {
    const result = await extractText({ bytes: html('<p><font face="VNI-Times">Ñieàu 1. Quaûn lyù nhaø nöôùc veà ñaát ñai treân ñòa baøn tænh</font></p>') });
    expect(result.legacyEncoding).toBe('VNI');
    expect(result.text).toBe('Điều 1. Quản lý nhà nước về đất đai trên địa bàn tỉnh');
  });
});
