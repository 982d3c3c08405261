import { createHash } from 'node:crypto';
import { smallDocument, SMALL_PDF } from '../test-fixtures/small-document';
import { buildNationalDbRecord } from './build-national-db-record';

describe('buildNationalDbRecord', () => {
  const record = buildNationalDbRecord(smallDocument());

  it('carries every attribute of the vbpl.vn record (REFERENCE §2.3) under its code name', () => {
    expect(record).toMatchObject({
      recordVersion: '1.0',
      number: '12/2025/QĐ-UBND',
      docType: 'DECISION',
      docTypeName: 'Quyết định',
      issuer: { id: 'issuer-dong-thap-ubnd', name: 'Ủy ban nhân dân tỉnh Đồng Tháp' },
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Văn A',
      signingCapacity: 'KT',
      issuedDate: '2025-11-05',
      effectiveDate: '2025-11-20',
      expiryDate: null,
      expiryReason: null,
      source: 'Công báo số 591+592',
      gazetteIssueNo: '591+592',
      gazetteDate: '2025-11-10',
      title: 'Quy định mức thu phí & lệ phí <tạm thời> trên địa bàn tỉnh Đồng Tháp',
      sector: 'Tài chính',
      field: 'Thuế - Phí - Lệ phí',
      territorialScope: 'Tỉnh Đồng Tháp',
      applicationNotes: null,
      validityStatus: 'NOT_YET_EFFECTIVE',
      validityStatusLabel: 'Chưa có hiệu lực',
    });
    expect(record.fullText).toContain('Căn cứ Luật Phí và lệ phí');
  });

  it('keys the record by issuer and number: SHA-256 of the issuer id, a line feed and the number', () => {
    expect(record.documentKey).toBe(createHash('sha256').update('issuer-dong-thap-ubnd\n12/2025/QĐ-UBND').digest('hex'));
  });

  it('normalises the number before keying it, so a sloppy spelling of the same number gives the same key', () => {
    const sloppy = buildNationalDbRecord(smallDocument({ number: ' 12 / 2025 / QD - UBND ' }));
    expect(sloppy.number).toBe('12/2025/QĐ-UBND');
    expect(sloppy.documentKey).toBe(record.documentKey);
  });

  it('gives different keys to the same number from different issuers', () => {
    const other = buildNationalDbRecord(smallDocument({ issuer: { id: 'issuer-tra-vinh-ubnd', name: 'Ủy ban nhân dân tỉnh Trà Vinh' } }));
    expect(other.documentKey).not.toBe(record.documentKey);
  });

  it('embeds the original file as base64 with the stored hash, size and MIME type', () => {
    expect(record.originalFile).toEqual({
      fileName: 'qd-12-2025.pdf',
      mimeType: 'application/pdf',
      sizeBytes: SMALL_PDF.length,
      sha256: createHash('sha256').update(SMALL_PDF).digest('hex'),
      contentBase64: SMALL_PDF.toString('base64'),
    });
  });

  it('lists the BASED_ON relations as the legal basis and every relation with both codes and labels', () => {
    expect(record.legalBasis).toEqual([
      { number: '72/2025/QH15', title: 'Luật Tổ chức chính quyền địa phương', pathKey: null },
      { number: '97/2015/QH13', title: 'Luật Phí và lệ phí', pathKey: 'd21.k2' },
    ]);
    expect(record.relations).toEqual([
      { type: 'BASED_ON', label: 'basis', inverseLabel: 'basisOf', targetNumber: '72/2025/QH15', targetTitle: 'Luật Tổ chức chính quyền địa phương', targetPathKey: null },
      { type: 'BASED_ON', label: 'basis', inverseLabel: 'basisOf', targetNumber: '97/2015/QH13', targetTitle: 'Luật Phí và lệ phí', targetPathKey: 'd21.k2' },
      { type: 'REPLACES', label: 'replaces', inverseLabel: 'replaced', targetNumber: '20/2020/QĐ-UBND', targetTitle: null, targetPathKey: null },
    ]);
  });

  it('includes the Akoma Ntoso markup and its expression URI', () => {
    expect(record.akomaNtoso.schema).toBe('akomantoso30');
    expect(record.akomaNtoso.frbrExpressionUri).toBe('/akn/vn-dongthap/act/decision/2025/12-2025-qd-ubnd/vie@2025-11-05');
    expect(record.akomaNtoso.xml).toContain('<FRBRnumber value="12/2025/QĐ-UBND"/>');
  });

  it('has no gazette source before the gazette has carried the document', () => {
    expect(buildNationalDbRecord(smallDocument({ gazette: null }))).toMatchObject({ source: null, gazetteIssueNo: null, gazetteDate: null });
    expect(buildNationalDbRecord(smallDocument({ gazette: undefined })).source).toBeNull();
  });

  it('passes an unknown validity code through with no label, for the receiver to refuse', () => {
    expect(buildNationalDbRecord(smallDocument({ validityStatus: 'ALIVE' }))).toMatchObject({ validityStatus: 'ALIVE', validityStatusLabel: null });
  });

  it('serialises to the same JSON every time, so a retry is recognisable as the same record', () => {
    expect(JSON.stringify(buildNationalDbRecord(smallDocument()))).toBe(JSON.stringify(record));
  });
});
