/**
 * What a copied provision picks up on its way into a draft without a word changing: old-style tone
 * placement ("hoà", "uỷ"), lines reflowed, a footnote mark, doubled spaces, a new number.
 */
const OLD_TONE_PLACEMENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/òa/g, 'oà'], [/óa/g, 'oá'], [/ỏa/g, 'oả'], [/ọa/g, 'oạ'], [/ủy/g, 'uỷ'], [/Ủy/g, 'Uỷ'], [/úy/g, 'uý'], [/ụy/g, 'uỵ'],
];

function oldTonePlacement(text: string): string {
  return OLD_TONE_PLACEMENT.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Lines joined, or one line broken after a comma: a different page width. */
function reflow(text: string, random: () => number): string {
  if (random() < 0.5) return text.replace(/\n(?!\d+\.\s|[a-zđ]\d?\)\s)/gu, ' ');
  const commas = [...text.matchAll(/, (?=\p{Ll})/gu)];
  if (commas.length === 0) return text;
  const at = commas[Math.floor(random() * commas.length)].index + 1;
  return `${text.slice(0, at)}\n${text.slice(at + 1)}`;
}

/** A footnote mark after the first sentence or clause end. */
function footnoteMark(text: string, random: () => number): string {
  const end = /[.;:](?=\s)/u.exec(text);
  if (!end) return text;
  const at = end.index + 1;
  return `${text.slice(0, at)}[${1 + Math.floor(random() * 9)}]${text.slice(at)}`;
}

/** The leading number changed: "Điều 5." → "Điều 12.", "2." → "4."; points keep their letter. */
function renumber(text: string, random: () => number): string {
  const number = 1 + Math.floor(random() * 30);
  return text.replace(/^Điều\s+\d+[a-zđ]?\./u, `Điều ${number}.`).replace(/^\d+\.(?=\s)/u, `${1 + (number % 9)}.`);
}

export function withLayoutNoise(text: string, random: () => number): string {
  let out = oldTonePlacement(text);
  out = reflow(out, random);
  out = footnoteMark(out, random);
  out = renumber(out, random);
  return random() < 0.5 ? out.replace(/ (?=\p{L})/u, '  ') : out;
}
