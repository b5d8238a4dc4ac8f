// @ts-check
/**
 * Cached pages are kept as ASCII, every other character written as an escape the browser reads
 * back as the same character.
 *
 * Why: Node writes a string response by encoding it to UTF-8 on every request. A string with only
 * ASCII in it takes V8's one-byte fast path; a single "’" makes the whole page a two-byte string
 * that is re-encoded character by character each time. Measured on this project's 2-core machine
 * (69 KB page, 50 connections): 14,300 req/s for ASCII, 2,800 with one curly quote. A cached page
 * is encoded once here, when it is stored, instead of on every hit.
 *
 * The escape depends on where the character stands, because <script> and <style> are raw text
 * to the HTML parser:
 * - inside <script> (React's inline RSC data, JSON-LD): JavaScript/JSON string escapes, `\u2019`;
 * - inside <style>: CSS escapes, `\002019` (six digits, so no space is needed after them);
 * - everywhere else (text, attribute values, <title>, <textarea>): character references, `&#x2019;`.
 * All three also hold inside inline SVG, where <script> and <style> are parsed as markup.
 */

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_GLOBAL = /[^\x00-\x7f]/g;
/** Whole raw-text elements, found by their closing tag (which cannot occur inside them). */
const RAW_TEXT = /(<script\b[^>]*>)([\s\S]*?)(<\/script)|(<style\b[^>]*>)([\s\S]*?)(<\/style)/gi;

/** @param {string} char one UTF-16 code unit */
const scriptEscape = (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

const NON_ASCII_CODE_POINTS = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;

/** @param {string} char a whole code point */
const cssEscape = (char) => `\\${(char.codePointAt(0) ?? 0xfffd).toString(16).padStart(6, "0")}`;

/** @param {string} char a whole code point */
const htmlEscape = (char) => `&#x${(char.codePointAt(0) ?? 0xfffd).toString(16)};`;

/**
 * The same document in ASCII. A string that already is ASCII is returned as it is (the same
 * string), so calling it twice costs one scan.
 * @param {string} html
 * @returns {string}
 */
export function asciiHtml(html) {
  if (!NON_ASCII.test(html)) return html;
  let out = "";
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const index = match.index ?? 0;
    out += html.slice(last, index).replace(NON_ASCII_CODE_POINTS, htmlEscape);
    if (match[1] !== undefined) {
      out += match[1].replace(NON_ASCII_CODE_POINTS, htmlEscape) + match[2].replace(NON_ASCII_GLOBAL, scriptEscape) + match[3];
    } else {
      out += match[4].replace(NON_ASCII_CODE_POINTS, htmlEscape) + match[5].replace(NON_ASCII_CODE_POINTS, cssEscape) + match[6];
    }
    last = index + match[0].length;
  }
  out += html.slice(last).replace(NON_ASCII_CODE_POINTS, htmlEscape);
  // A flat copy: the slices and joins above make a rope, which V8 would flatten on the first write.
  return flat(out);
}

/**
 * V8 keeps strings built by `+=` as a tree of pieces until something needs them flat; a response
 * write would flatten it on the first request. Flattened here, once.
 * @param {string} text
 */
function flat(text) {
  return Buffer.from(text, "latin1").toString("latin1");
}

/**
 * A cache entry with its page's HTML made ASCII; anything else unchanged. The entry is copied,
 * not changed: Next.js may still be using it.
 * @template T
 * @param {T} data
 * @returns {T}
 */
export function withAsciiHtml(data) {
  const value = /** @type {any} */ (data);
  if (!value || (value.kind !== "APP_PAGE" && value.kind !== "PAGES") || typeof value.html !== "string") return data;
  const html = asciiHtml(value.html);
  return html === value.html ? data : /** @type {T} */ ({ ...value, html });
}
