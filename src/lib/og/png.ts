// A minimal encoder for indexed-colour (palette) PNGs, with node:zlib. A card of flat colour
// and antialiased text needs only a few colours, so 4 bits a pixel and no filter compress
// to a few kilobytes, far smaller and faster than an RGB PNG.
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

// zlib level 6: 5–6 % smaller cards than level 4 for about 1 CPU-ms more a card; level 8 and
// up cost several times the time (the levels compared: docs/benchmarks.md).
// Deflating is most of a card's cost; it runs on libuv's thread pool, off the main thread.
const DEFLATE_LEVEL = 6;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

export interface IndexedImage {
  width: number;
  height: number;
  /** 1, 2, 4 or 8 bits a pixel. */
  bitDepth: 1 | 2 | 4 | 8;
  /** [r, g, b] per palette entry; at most 2^bitDepth entries. */
  palette: readonly (readonly [number, number, number])[];
  /** The scanlines as PNG wants them: per row, a filter byte (0) then the packed indices. */
  scanlines: Uint8Array;
}

/** Bytes in one packed row, without its filter byte. */
export const rowBytes = (width: number, bitDepth: number) => Math.ceil((width * bitDepth) / 8);

export async function encodeIndexedPng({ width, height, bitDepth, palette, scanlines }: IndexedImage): Promise<Buffer> {
  if (palette.length > 2 ** bitDepth) throw new Error(`${palette.length} colours do not fit in ${bitDepth} bits`);
  if (scanlines.length !== height * (rowBytes(width, bitDepth) + 1)) throw new Error('scanlines do not match the size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth;
  ihdr[9] = 3; // colour type 3: indexed
  // compression 0, filter method 0, no interlace: the remaining bytes stay 0.
  const idat = await deflateAsync(scanlines, { level: DEFLATE_LEVEL });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
