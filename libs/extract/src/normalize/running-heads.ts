/** Official Gazette running head, with the gazette page number on either side. */
const GAZETTE_RUNNING_HEAD = /^(?:\d{1,4}\s+)?CÔNG BÁO\s*\/\s*Số\s+\d+(?:\s*\+\s*\d+)*\s*\/\s*Ngày\s+\d{1,2}-\d{1,2}-\d{4}(?:\s+\d{1,4})?$/u;

/** Lines of the gazette's e-signature box; the body never contains them verbatim. */
const GAZETTE_SIGNATURE_BOX = [
  /^Người ký\s*:\s*Cổng Thông tin điện tử Chính phủ$/iu,
  /^Email\s*:\s*thongtinchinhphu@chinhphu\.vn$/iu,
  /^Thời gian ký\s*:\s*[\d.]+\s+[\d:]+\s*[+-]\d{1,2}:\d{2}$/u,
  /^Ký bởi\s*:\s*CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u,
];
const SIGNATURE_BOX_AGENCY = /^Cơ quan\s*:\s*Văn phòng Chính phủ$/iu;

const PAGE_NUMBER = /^(?:-\s*)?\d{1,4}(?:\s*-)?$/;
const PAGE_BREAK = '\f';

function isSignatureBoxLine(line: string | undefined): boolean {
  return line !== undefined && GAZETTE_SIGNATURE_BOX.some((pattern) => pattern.test(line));
}

/**
 * Drops Official Gazette running heads and e-signature box lines, and bare page numbers at a page
 * edge (next to a form feed, or first or last in the text). Only patterns that cannot be body
 * text are removed, so a page number inside a page is kept; the parser tolerates what is left.
 */
export function stripRunningHeads(lines: string[]): string[] {
  const body = lines.filter((line, index) => {
    if (GAZETTE_RUNNING_HEAD.test(line) || isSignatureBoxLine(line)) return false;
    if (SIGNATURE_BOX_AGENCY.test(line)) return !(isSignatureBoxLine(lines[index - 1]) || isSignatureBoxLine(lines[index + 1]));
    return true;
  });
  const atPageEdge = (index: number, step: number): boolean => {
    for (let i = index + step; i >= 0 && i < body.length; i += step) {
      if (body[i] === PAGE_BREAK) return true;
      if (body[i] !== '') return false;
    }
    return true;
  };
  return body.filter((line, index) => !PAGE_NUMBER.test(line) || !(atPageEdge(index, -1) || atPageEdge(index, 1)));
}
