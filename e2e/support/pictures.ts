import { randomBytes } from "node:crypto";
import sharp from "sharp";

/** A real PNG of random pixels: `size` px square, stored without compression, so it is big. */
export async function noisyPng(size: number): Promise<Buffer> {
  return sharp(randomBytes(size * size * 3), { raw: { width: size, height: size, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/** A small, ordinary PNG in one colour. */
export async function smallPng(colour = "#4f6b4a"): Promise<Buffer> {
  return sharp({ create: { width: 200, height: 150, channels: 3, background: colour } }).png().toBuffer();
}

/** The first bytes of an MP4 (an "ftyp" box) and some padding: enough for the upload check and a range request. */
export function mp4Bytes(): Buffer {
  const header = Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 0x02, 0, 0x69, 0x73, 0x6f, 0x6d, 0x69, 0x73, 0x6f, 0x32]);
  return Buffer.concat([header, Buffer.alloc(4096, 7)]);
}
