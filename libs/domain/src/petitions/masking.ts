/** What the system knows of one petitioner; each value found in a text is masked wherever it appears. */
export interface KnownPersonalData {
  names?: readonly (string | null)[];
  emails?: readonly (string | null)[];
  phones?: readonly (string | null)[];
  addresses?: readonly (string | null)[];
  idNumbers?: readonly (string | null)[];
}

/** What a petitioner gave about themselves (null: nothing known). */
export function knownPersonalData(petitioner: { name: string; email: string | null; phone: string | null; address: string | null } | null): KnownPersonalData {
  return petitioner ? { names: [petitioner.name], emails: [petitioner.email], phones: [petitioner.phone], addresses: [petitioner.address] } : {};
}

export const MASKS = {
  name: '[họ tên]',
  email: '[email]',
  phone: '[số điện thoại]',
  address: '[địa chỉ]',
  idNumber: '[số giấy tờ]',
} as const;

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,4}`;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Vietnamese phone numbers (0… or +84…, 9–11 digits, spaces, dots or hyphens between groups); never part of a number like 15/2026/QĐ-UBND. */
const PHONE = /(?<![\p{L}\p{N}/.,-])(?:\+84|0084|0)(?:[\s.-]?\d){8,10}(?![\p{L}\p{N}/]|[.,]\d)/gu;
/** Labelled identity papers (CCCD, CMND, hộ chiếu, mã số thuế cá nhân) and bare 9- or 12-digit identity numbers. */
const LABELLED_ID = /((?:số\s+)?(?:CCCD|CMND|CMT|căn cước(?:\s+công dân)?|chứng minh nhân dân|hộ chiếu|định danh(?:\s+cá nhân)?|mã số thuế(?:\s+cá nhân)?)(?:\s+số)?\s*:?\s*)[\p{L}\p{N}]*\d[\p{L}\p{N}]*/giu;
const BARE_ID = /(?<![\p{L}\p{N}/.,-])\d{9}(?:\d{3})?(?![\p{L}\p{N}/]|[.,]\d)/gu;
/** Names after a form of address or a label ("ông Nguyễn Văn An", "Họ và tên: …", "tôi là …"); "Bà Rịa" is a place. */
const NAMED = new RegExp(
  String.raw`((?<![\p{L}])(?:[Ôô]ng\s*/\s*[Bb]à|[Ôô]ng|[Bb]à(?!\s+Rịa)|[Aa]nh|[Cc]hị|[Hh]ọ\s+(?:và\s+)?tên\s*:?|[Tt]ôi\s+(?:tên\s+)?là|[Nn]gười\s+(?:phản ánh|kiến nghị)\s*:)[ \t]+)${NAME}`,
  'gu',
);
/** An address after its label, up to the end of the line, a semicolon or a sentence end. */
const ADDRESS = /((?<![\p{L}[])(?:[Đđ]ịa chỉ(?:\s+liên hệ)?|[Tt]rú tại|[Tt]hường trú(?:\s+tại)?|[Cc]ư trú tại|[Nn]gụ tại|[Nn]ơi ở(?:\s+hiện nay)?)[ \t]*:?[ \t]*)(?![ \t]*:?[ \t]*\[)[^\n;]+?(?=\s*(?:[;\n]|\.(?:\s|$)|$))/gu;

/**
 * Masks personal data in a text that will be published (a petition and its answer, REFERENCE §5):
 * the petitioner's own details wherever they appear, then whatever looks like an e-mail, a phone
 * number, an identity number, a name after a form of address or label, or a labelled address.
 * Pure and idempotent; the text is NFC-normalised first.
 */
export function maskPersonalData(text: string, known: KnownPersonalData = {}): string {
  let masked = text.normalize('NFC');
  masked = replaceKnown(masked, known.emails, MASKS.email);
  masked = replaceKnown(masked, known.addresses, MASKS.address);
  masked = replaceKnown(masked, known.names, MASKS.name);
  masked = replaceKnown(masked, known.idNumbers, MASKS.idNumber);
  for (const phone of known.phones ?? []) {
    const digits = phone?.replace(/\D/g, '') ?? '';
    if (digits.length >= 6) masked = masked.replace(digitsPattern(digits), MASKS.phone);
  }
  return masked
    .replace(EMAIL, MASKS.email)
    .replace(LABELLED_ID, (_, label: string) => `${label}${MASKS.idNumber}`)
    .replace(PHONE, MASKS.phone)
    .replace(BARE_ID, MASKS.idNumber)
    .replace(NAMED, (_, lead: string) => `${lead}${MASKS.name}`)
    .replace(ADDRESS, (_, lead: string) => `${lead}${MASKS.address}`);
}

function replaceKnown(text: string, values: KnownPersonalData['names'], mask: string): string {
  const wanted = [...new Set((values ?? []).map((value) => value?.normalize('NFC').trim().replace(/\s+/g, ' ') ?? '').filter((value) => value.length >= 2))];
  // Longest first, so a full name is masked before a part of it.
  return wanted
    .sort((a, b) => b.length - a.length)
    .reduce((current, value) => current.replace(new RegExp(value.split(' ').map(escapeRegExp).join(String.raw`\s+`), 'giu'), mask), text);
}

/** The same digits however they are grouped, with +84 for the leading 0. */
function digitsPattern(digits: string): RegExp {
  const national = digits.startsWith('84') && digits.length >= 11 ? digits.slice(2) : digits.replace(/^0/, '');
  return new RegExp(String.raw`(?:\+84|0084|0)?[\s.-]?` + [...national].join(String.raw`[\s.-]?`), 'gu');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
