/** The body grew past its limit while streaming in. */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upload is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    this.name = "BodyTooLargeError";
  }
}

/** A request body as chunks, refusing to go past `maxBytes` (throws BodyTooLargeError when it does). */
export async function* boundedChunks(body: ReadableStream<Uint8Array> | null, maxBytes: number): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
