import { describe, expect, it } from "vitest";
import { asciiHtml, withAsciiHtml } from "./ascii-html.mjs";

const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

describe("asciiHtml", () => {
  it("returns an ASCII page as it is", () => {
    const page = '<p class="a">Plain & simple</p><script>self.__next_f.push([1,"x"])</script>';
    expect(asciiHtml(page)).toBe(page);
  });

  it("writes text and attribute characters as character references", () => {
    expect(asciiHtml('<p title="Café">It’s — fine</p>')).toBe('<p title="Caf&#xe9;">It&#x2019;s &#x2014; fine</p>');
  });

  it("writes characters inside scripts as JavaScript escapes, which JSON and JS read back", () => {
    const out = asciiHtml('<script>self.__next_f.push([1,"It’s 😀"])</script><p>’</p>');
    expect(out).toBe('<script>self.__next_f.push([1,"It\\u2019s \\ud83d\\ude00"])</script><p>&#x2019;</p>');
    const literal = /push\((.*)\)<\/script>/.exec(out)![1]!;
    expect(JSON.parse(literal)).toEqual([1, "It’s 😀"]);
  });

  it("escapes JSON-LD and scripts with attributes the same way", () => {
    const out = asciiHtml('<script type="application/ld+json">{"name":"Zoë"}</script>');
    expect(JSON.parse(/>(.*)<\/script>/.exec(out)![1]!)).toEqual({ name: "Zoë" });
  });

  it("writes characters inside style as CSS escapes", () => {
    expect(asciiHtml('<style>.q::before{content:"“"}</style>')).toBe('<style>.q::before{content:"\\00201c"}</style>');
  });

  it("writes a whole emoji as one reference outside scripts", () => {
    expect(asciiHtml("<p>🙂</p>")).toBe("<p>&#x1f642;</p>");
  });

  it("leaves the page ASCII however the raw-text elements are cased or nested among others", () => {
    const page = '<div>é<SCRIPT>var a="é"</SCRIPT>ü<style>b{}</style><svg><style>.x{content:"é"}</style></svg>ß</div>';
    const out = asciiHtml(page);
    expect(isAscii(out)).toBe(true);
    expect(out).toContain('<SCRIPT>var a="\\u00e9"</SCRIPT>');
    expect(out).toContain('content:"\\0000e9"');
    expect(out).toContain("&#xdf;</div>");
  });
});

describe("withAsciiHtml", () => {
  it("converts a page entry without changing the one it was given", () => {
    const entry = { kind: "APP_PAGE", html: "<p>’</p>", rscData: Buffer.from("’") };
    const converted = withAsciiHtml(entry);
    expect(converted).toEqual({ ...entry, html: "<p>&#x2019;</p>" });
    expect(entry.html).toBe("<p>’</p>");
  });

  it("leaves data entries and ASCII pages alone", () => {
    const data = { kind: "FETCH", data: { body: "’" } };
    expect(withAsciiHtml(data)).toBe(data);
    const page = { kind: "APP_PAGE", html: "<p>a</p>" };
    expect(withAsciiHtml(page)).toBe(page);
    expect(withAsciiHtml(null)).toBeNull();
  });
});
