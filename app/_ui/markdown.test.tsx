import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmailMarkdown } from "@/emails/components/email-markdown";
import { Markdown } from "./markdown";

/** What a careless paste or a hostile co-author could put into a routine, a lesson or a letter. */
const PAYLOAD = [
  "<script>window.__xss = 1</script>",
  '<img src=x onerror="window.__xss = 1">',
  "[tap me](javascript:window.__xss=1)",
  '<a href="https://evil.example" onclick="window.__xss=1">html link</a>',
  "![pic](javascript:alert(1))",
].join("\n\n");

describe("coach-written markdown never becomes script", () => {
  it.each([
    ["on pages", () => renderToStaticMarkup(<Markdown>{PAYLOAD}</Markdown>)],
    ["in emails", () => renderToStaticMarkup(<EmailMarkdown appUrl="https://coach.example">{PAYLOAD}</EmailMarkdown>)],
  ])("%s", (_where, render) => {
    const html = render();
    expect(html).not.toMatch(/<script/i);
    // No real tag carries an event handler (escaped text such as "&lt;img onerror=" is harmless).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/src="javascript:/i);
    // The raw HTML is shown as text instead.
    expect(html).toContain("&lt;script&gt;");
  });
});
