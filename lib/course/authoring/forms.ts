import type { CourseFaq, LessonDownload } from "@/db/schema";

/**
 * The course editor keeps lists in plain text areas a coach can type into without a manual:
 * FAQ entries as "Q: …" / "A: …" lines, downloads as "Label | https://…" lines. These read and
 * write that text; each problem names the line it is on.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** "149", "149.5" or "149.00" in major units → minor units (cents). */
export function parsePrice(text: string): Parsed<number> {
  const trimmed = text.trim().replace(",", ".");
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(trimmed)) return { ok: false, error: "Write the price as a number, like 149 or 149.50." };
  const cents = Math.round(Number(trimmed) * 100);
  if (cents <= 0) return { ok: false, error: "A paid course needs a price above zero." };
  return { ok: true, value: cents };
}

/** The payment plan's number of monthly payments: empty for none, or 2 to 12. */
export function parseInstalmentCount(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  if (!/^\d{1,2}$/.test(trimmed) || Number(trimmed) < 2 || Number(trimmed) > 12) return { ok: false, error: "Offer between 2 and 12 monthly payments, or leave it empty for none." };
  return { ok: true, value: Number(trimmed) };
}

/** Each monthly payment: empty with no plan, else a price like the course price. */
export function parseInstalmentPrice(text: string): Parsed<number | null> {
  return text.trim() ? parsePrice(text) : { ok: true, value: null };
}

/** Both halves of a plan or neither: the problem, by field, when only one is filled in. */
export function instalmentPlanProblem(plan: { count: number | null; amount: number | null }, price: number): { field: string; message: string } | null {
  if (plan.count !== null && plan.amount === null) return { field: "instalmentPrice", message: "Say how much each monthly payment is." };
  if (plan.count === null && plan.amount !== null) return { field: "instalmentCount", message: "Say how many monthly payments there are." };
  if (plan.count !== null && plan.amount !== null && plan.count * plan.amount < price) return { field: "instalmentPrice", message: "The payments add up to less than the full price." };
  return null;
}

export function formatPriceInput(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

export function parseFaq(text: string): Parsed<CourseFaq[]> {
  const entries: CourseFaq[] = [];
  let current: { question: string; answer: string[] } | null = null;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line.startsWith("Q:")) {
      if (current) entries.push({ question: current.question, answer: current.answer.join("\n").trim() });
      current = { question: line.slice(2).trim(), answer: [] };
      if (!current.question) return { ok: false, error: `Line ${index + 1}: the question after "Q:" is empty.` };
    } else if (line.startsWith("A:")) {
      if (!current) return { ok: false, error: `Line ${index + 1}: an answer needs a question ("Q: …") above it.` };
      current.answer.push(line.slice(2).trim());
    } else if (line) {
      if (!current) return { ok: false, error: `Line ${index + 1}: start each entry with "Q: " and its answer with "A: ".` };
      current.answer.push(line);
    }
  }
  if (current) entries.push({ question: current.question, answer: current.answer.join("\n").trim() });
  const empty = entries.find((entry) => !entry.answer);
  if (empty) return { ok: false, error: `"${empty.question}" has no answer yet (add a line starting with "A: ").` };
  return { ok: true, value: entries };
}

export function formatFaq(faq: CourseFaq[]): string {
  return faq.map((entry) => `Q: ${entry.question}\nA: ${entry.answer}`).join("\n\n");
}

export function parseDownloads(text: string): Parsed<LessonDownload[]> {
  const downloads: LessonDownload[] = [];
  // Counted among the filled-in lines: the editor's rows ("Download 2") and typed lines agree.
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((raw) => raw.trim()).filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const [label, url, ...rest] = line.split("|").map((part) => part.trim());
    if (!label) return { ok: false, error: `Download ${index + 1}: give it a name learners will see.` };
    if (!url || rest.length) return { ok: false, error: `Download ${index + 1}: add its link (https://… or /uploads/…).` };
    if (!/^(https:\/\/|\/)\S+$/.test(url)) return { ok: false, error: `Download ${index + 1}: the link must start with https:// or /.` };
    downloads.push({ label, url });
  }
  return { ok: true, value: downloads };
}

export function formatDownloads(downloads: LessonDownload[]): string {
  return downloads.map((download) => `${download.label} | ${download.url}`).join("\n");
}
