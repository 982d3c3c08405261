/**
 * A minimal XML writer for the Akoma Ntoso export: build a tree of `el(...)` nodes, then
 * `serializeXml` it. Text and attribute values are escaped here and nowhere else, so no caller can
 * forget to.
 */
export interface XmlElement {
  name: string;
  attributes: ReadonlyArray<readonly [string, string]>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Attributes whose value is null or undefined are left out, so optional data needs no branching. */
export type XmlAttributes = Record<string, string | null | undefined>;

export function el(name: string, attributes: XmlAttributes = {}, ...children: ReadonlyArray<XmlNode | null | undefined | false>): XmlElement {
  return {
    name,
    attributes: Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] != null),
    children: children.filter((child): child is XmlNode => child !== null && child !== undefined && child !== false),
  };
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF;
 * unpaired surrogates). Extracted PDF text does contain them, and one would make the file invalid.
 */
// With the u flag a surrogate range matches only unpaired halves: pairs are single code points.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

function clean(text: string): string {
  return text.normalize('NFC').replace(NOT_XML_CHAR, '');
}

/** Escapes character data; NFC-normalises and drops characters XML cannot represent. */
export function escapeXmlText(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes an attribute value. Tabs and line breaks become character references because a parser
 * would otherwise normalise them to spaces (XML 1.0 §3.3.3).
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Elements whose content is always inline text in Akoma Ntoso, even when it starts with markup. */
const TEXT_CONTAINERS = new Set(['p', 'num', 'heading', 'subheading']);

/**
 * Serialises with two-space indentation. Text containers and any element holding text are written
 * on one line: whitespace added inside mixed content would change the text.
 */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`;
}

function write(node: XmlNode, indent: string, compact = false): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`).join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  const inline = compact || TEXT_CONTAINERS.has(node.name) || node.children.some((child) => typeof child === 'string');
  const inner = inline
    ? node.children.map((child) => write(child, '', true)).join('')
    : `\n${node.children.map((child) => write(child, `${indent}  `)).join('\n')}\n${indent}`;
  return `${indent}<${node.name}${attributes}>${inner}</${node.name}>`;
}
