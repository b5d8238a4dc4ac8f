import { describe, expect, it } from "vitest";
import { formatDownloads, formatFaq, formatPriceInput, parseDownloads, parseFaq, parsePrice } from "./forms";

describe("course editor text fields", () => {
  it.each([
    ["149", 14900],
    ["149.5", 14950],
    ["149,00", 14900],
    [" 0.99 ", 99],
  ])("reads the price %s as %i cents", (text, cents) => {
    expect(parsePrice(text)).toEqual({ ok: true, value: cents });
    expect(parsePrice(formatPriceInput(cents))).toEqual({ ok: true, value: cents });
  });

  it.each(["", "abc", "-5", "0", "1.234", "$149"])("refuses the price %j", (text) => {
    expect(parsePrice(text).ok).toBe(false);
  });

  it("reads FAQ entries, keeps multi-line answers and round-trips", () => {
    const text = "Q: How long?\nA: Forever.\n\nQ: Equipment?\nA: A mat.\nA wall, too.";
    const parsed = parseFaq(text);
    expect(parsed).toEqual({ ok: true, value: [{ question: "How long?", answer: "Forever." }, { question: "Equipment?", answer: "A mat.\nA wall, too." }] });
    expect(parseFaq(formatFaq(parsed.ok ? parsed.value : []))).toEqual(parsed);
    expect(parseFaq("")).toEqual({ ok: true, value: [] });
  });

  it("names the line of a FAQ problem", () => {
    expect(parseFaq("Just some text")).toEqual({ ok: false, error: expect.stringContaining("Line 1") });
    expect(parseFaq("Q: One?\nA: Yes.\nQ:   ")).toEqual({ ok: false, error: expect.stringContaining("Line 3") });
    expect(parseFaq("Q: No answer?")).toEqual({ ok: false, error: expect.stringContaining("has no answer") });
  });

  it("reads downloads and refuses unsafe links", () => {
    expect(parseDownloads("Worksheet | https://cdn.example.com/w.pdf\n\nAudio | /uploads/a.mp3")).toEqual({
      ok: true,
      value: [
        { label: "Worksheet", url: "https://cdn.example.com/w.pdf" },
        { label: "Audio", url: "/uploads/a.mp3" },
      ],
    });
    expect(parseDownloads("Bad | javascript:alert(1)")).toEqual({ ok: false, error: "Download 1: the link must start with https:// or /." });
    expect(parseDownloads("no separator")).toEqual({ ok: false, error: "Download 1: add its link (https://… or /uploads/…)." });
    // Counted as the editor's rows are: blank lines do not count.
    expect(parseDownloads("A | /a\n\n | /b")).toEqual({ ok: false, error: "Download 2: give it a name learners will see." });
    expect(formatDownloads([{ label: "A", url: "/a" }])).toBe("A | /a");
  });
});

describe("the payment plan fields", () => {
  it("reads an empty count as no plan and refuses counts outside 2–12", async () => {
    const { parseInstalmentCount } = await import("./forms");
    expect(parseInstalmentCount("  ")).toEqual({ ok: true, value: null });
    expect(parseInstalmentCount("3")).toEqual({ ok: true, value: 3 });
    for (const bad of ["1", "13", "2.5", "three"]) expect(parseInstalmentCount(bad).ok).toBe(false);
  });

  it("needs both halves, and payments that add up to the full price", async () => {
    const { instalmentPlanProblem } = await import("./forms");
    expect(instalmentPlanProblem({ count: null, amount: null }, 14900)).toBeNull();
    expect(instalmentPlanProblem({ count: 3, amount: 5500 }, 14900)).toBeNull();
    expect(instalmentPlanProblem({ count: 3, amount: null }, 14900)?.field).toBe("instalmentPrice");
    expect(instalmentPlanProblem({ count: null, amount: 5500 }, 14900)?.field).toBe("instalmentCount");
    expect(instalmentPlanProblem({ count: 2, amount: 5500 }, 14900)?.message).toContain("less than the full price");
  });
});
