/** Types for ascii-html.mjs, which the cache handler loads as plain JavaScript. */
export function asciiHtml(html: string): string;
export function withAsciiHtml<T>(data: T): T;
