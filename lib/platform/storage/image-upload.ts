import { z } from "zod";
import { randomUUID } from "node:crypto";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 15 * 1024 * 1024;

const SIGNATURES: { ext: "png" | "jpg" | "webp" | "gif"; contentType: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { ext: "png", contentType: "image/png", matches: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { ext: "jpg", contentType: "image/jpeg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: "gif", contentType: "image/gif", matches: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  {
    ext: "webp",
    contentType: "image/webp",
    matches: (b) => String.fromCharCode(...b.slice(0, 4)) === "RIFF" && String.fromCharCode(...b.slice(8, 12)) === "WEBP",
  },
];

const VIDEO_SIGNATURES: { ext: "mp4" | "webm"; contentType: string; matches: (bytes: Uint8Array) => boolean }[] = [
  // ISO base media (MP4): a box whose type, at bytes 4–8, is "ftyp".
  { ext: "mp4", contentType: "video/mp4", matches: (b) => String.fromCharCode(...b.slice(4, 8)) === "ftyp" },
  // Matroska/WebM: the EBML magic number.
  { ext: "webm", contentType: "video/webm", matches: (b) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3 },
];

export type ImageCheck = { ok: true; key: string; contentType: string } | { ok: false; error: string };

/**
 * Accepts a picture by what its bytes are, not by its name or the type the browser claims, and
 * names it ourselves: the original file name is never used.
 */
export function checkImageUpload(bytes: Uint8Array, folder: string, makeId: () => string = randomUUID): ImageCheck {
  if (bytes.byteLength === 0) return { ok: false, error: "The picture is empty." };
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, error: "Pictures can be 5 MB at most." };
  const kind = SIGNATURES.find((signature) => signature.matches(bytes));
  if (!kind) return { ok: false, error: "Upload a PNG, JPEG, WebP or GIF picture." };
  return { ok: true, key: `${folder}/${makeId()}.${kind.ext}`, contentType: kind.contentType };
}

/** A checked picture, ready for storage. */
export interface ImageUpload {
  key: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * An optional picture field of a form, checked as part of the form's parse (so its problem shows
 * with every other field's). No file, or an empty one, is null.
 */
export function imageUploadField(folder: string) {
  return z
    .unknown()
    .transform(async (value, context): Promise<ImageUpload | null> => {
      if (!(value instanceof File) || value.size === 0) return null;
      if (value.size > MAX_IMAGE_BYTES) {
        context.addIssue({ code: "custom", message: "Pictures can be 5 MB at most." });
        return z.NEVER;
      }
      const bytes = new Uint8Array(await value.arrayBuffer());
      const checked = checkImageUpload(bytes, folder);
      if (!checked.ok) {
        context.addIssue({ code: "custom", message: checked.error });
        return z.NEVER;
      }
      return { key: checked.key, contentType: checked.contentType, bytes };
    });
}

/**
 * A step's picture or short looping video: the same byte check as a picture, plus MP4 and WebM
 * (15 MB at most; a loop of a few seconds is far smaller).
 */
export function checkMediaUpload(bytes: Uint8Array, folder: string, makeId: () => string = randomUUID): ImageCheck {
  const video = VIDEO_SIGNATURES.find((signature) => signature.matches(bytes));
  if (!video) {
    const image = checkImageUpload(bytes, folder, makeId);
    return image.ok || bytes.byteLength === 0 || bytes.byteLength > MAX_IMAGE_BYTES ? image : { ok: false, error: "Upload a picture (PNG, JPEG, WebP, GIF) or a short MP4 or WebM video." };
  }
  if (bytes.byteLength > MAX_VIDEO_BYTES) return { ok: false, error: "Videos can be 15 MB at most: a few seconds that loop are enough." };
  return { ok: true, key: `${folder}/${makeId()}.${video.ext}`, contentType: video.contentType };
}

/** An optional picture-or-video field, checked with the rest of the form; no file is null. */
export function mediaUploadField(folder: string) {
  return z
    .unknown()
    .transform(async (value, context): Promise<ImageUpload | null> => {
      if (!(value instanceof File) || value.size === 0) return null;
      if (value.size > MAX_VIDEO_BYTES) {
        context.addIssue({ code: "custom", message: "Videos can be 15 MB at most: a few seconds that loop are enough." });
        return z.NEVER;
      }
      const bytes = new Uint8Array(await value.arrayBuffer());
      const checked = checkMediaUpload(bytes, folder);
      if (!checked.ok) {
        context.addIssue({ code: "custom", message: checked.error });
        return z.NEVER;
      }
      return { key: checked.key, contentType: checked.contentType, bytes };
    });
}
