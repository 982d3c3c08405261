import { inflateRawSync } from 'node:zlib';

import { ZipError } from './zip-error';

interface ZipEntry {
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes plus a comment of at most 65 535 bytes. */
const MAX_END_SEARCH = 22 + 0xffff;

/**
 * Minimal reader for the ZIP packages DOCX files are: the central directory to list entries,
 * and stored or deflated entries inflated under a size limit, so a zip bomb fails fast instead
 * of filling memory. ZIP64 and encrypted entries are reported as corrupt.
 */
export class ZipArchive {
  private constructor(
    private readonly data: Buffer,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(bytes: Uint8Array): ZipArchive {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfCentralDirectory(data);
    const count = data.readUInt16LE(end + 10);
    let offset = data.readUInt32LE(end + 16);
    const entries = new Map<string, ZipEntry>();
    for (let i = 0; i < count; i++) {
      if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipError('corrupt', 'damaged central directory');
      const nameLength = data.readUInt16LE(offset + 28);
      const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
      entries.set(name, {
        method: data.readUInt16LE(offset + 10),
        compressedSize: data.readUInt32LE(offset + 20),
        uncompressedSize: data.readUInt32LE(offset + 24),
        localHeaderOffset: data.readUInt32LE(offset + 42),
      });
      offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
    }
    return new ZipArchive(data, entries);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes; throws `ZipError('too-large')` beyond `maxBytes` without inflating further. */
  read(name: string, maxBytes: number): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError('corrupt', `missing ${name}`);
    if (entry.uncompressedSize > maxBytes) throw new ZipError('too-large', `${name} declares ${entry.uncompressedSize} bytes`);
    const header = entry.localHeaderOffset;
    if (header + 30 > this.data.length || this.data.readUInt32LE(header) !== LOCAL_FILE_HEADER) throw new ZipError('corrupt', `damaged header of ${name}`);
    const start = header + 30 + this.data.readUInt16LE(header + 26) + this.data.readUInt16LE(header + 28);
    const compressed = this.data.subarray(start, start + entry.compressedSize);
    if (compressed.length !== entry.compressedSize) throw new ZipError('corrupt', `${name} is truncated`);
    if (entry.method === STORED) return compressed;
    if (entry.method !== DEFLATED) throw new ZipError('corrupt', `${name} uses unsupported compression method ${entry.method}`);
    try {
      return inflateRawSync(compressed, { maxOutputLength: maxBytes });
    } catch (error) {
      if (error instanceof RangeError) throw new ZipError('too-large', `${name} inflates to more than ${maxBytes} bytes`);
      throw new ZipError('corrupt', `${name} cannot be inflated: ${(error as Error).message}`);
    }
  }
}

function findEndOfCentralDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - MAX_END_SEARCH);
  for (let offset = data.length - 22; offset >= stop; offset--) {
    if (data.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new ZipError('corrupt', 'no end of central directory (truncated?)');
}
