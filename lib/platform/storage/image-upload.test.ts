import { describe, expect, it } from "vitest";
import { checkImageUpload, checkMediaUpload, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from "./image-upload";
import { STORAGE_KEY } from "./storage";

const id = () => "0b7f3f2c-8a51-4d3e-9a5e-2f1f8c1d2e3a";
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe("checkImageUpload", () => {
  it("accepts real pictures by their bytes and names them itself", () => {
    expect(checkImageUpload(png, "routines", id)).toEqual({ ok: true, key: `routines/${id()}.png`, contentType: "image/png" });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
    expect(checkImageUpload(jpeg, "routines", id)).toMatchObject({ ok: true, contentType: "image/jpeg" });
    const webp = new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 ");
    expect(checkImageUpload(webp, "routines", id)).toMatchObject({ ok: true, key: expect.stringMatching(/\.webp$/) });
    expect(STORAGE_KEY.test(`routines/${id()}.png`)).toBe(true);
  });

  it("refuses what is not a picture, whatever it is called", () => {
    const script = new TextEncoder().encode("<script>alert(1)</script>");
    expect(checkImageUpload(script, "routines", id)).toEqual({ ok: false, error: "Upload a PNG, JPEG, WebP or GIF picture." });
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect(checkImageUpload(svg, "routines", id)).toMatchObject({ ok: false });
  });

  it("refuses empty and oversized files", () => {
    expect(checkImageUpload(new Uint8Array(), "routines", id)).toEqual({ ok: false, error: "The picture is empty." });
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(png);
    expect(checkImageUpload(big, "routines", id)).toEqual({ ok: false, error: "Pictures can be 5 MB at most." });
  });

  it("only ever serves keys it could have made", () => {
    expect(STORAGE_KEY.test("../../etc/passwd")).toBe(false);
    expect(STORAGE_KEY.test("routines/evil.svg")).toBe(false);
    expect(STORAGE_KEY.test("routines/evil.html")).toBe(false);
  });
});

describe("checkMediaUpload", () => {
  const mp4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42]);

  it("takes a picture or a short MP4 or WebM video, named by what the bytes are", () => {
    expect(checkMediaUpload(mp4, "steps", id)).toEqual({ ok: true, key: `steps/${id()}.mp4`, contentType: "video/mp4" });
    expect(checkMediaUpload(webm, "steps", id)).toEqual({ ok: true, key: `steps/${id()}.webm`, contentType: "video/webm" });
    expect(checkMediaUpload(png, "steps", id)).toMatchObject({ ok: true, contentType: "image/png" });
    expect(STORAGE_KEY.test(`steps/${id()}.mp4`)).toBe(true);
  });

  it("refuses anything else, and videos over 15 MB", () => {
    expect(checkMediaUpload(new TextEncoder().encode("<html>"), "steps", id)).toEqual({
      ok: false,
      error: "Upload a picture (PNG, JPEG, WebP, GIF) or a short MP4 or WebM video.",
    });
    const long = new Uint8Array(MAX_VIDEO_BYTES + 1);
    long.set(mp4);
    expect(checkMediaUpload(long, "steps", id)).toMatchObject({ ok: false, error: expect.stringContaining("15 MB") });
    const bigPicture = new Uint8Array(MAX_IMAGE_BYTES + 1);
    bigPicture.set(png);
    expect(checkMediaUpload(bigPicture, "steps", id)).toEqual({ ok: false, error: "Pictures can be 5 MB at most." });
  });
});
