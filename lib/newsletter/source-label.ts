/**
 * Where a reader signed up, in words the coach reads at a glance: "Routine: Tennis-ball foot
 * release", "Footer · Home page", "Substack import". Sources are stored as the page's path (the
 * footer form adds `?via=footer`; before it did, the footer sent "/").
 */
export function sourceLabel(source: string, routineTitle: (slug: string) => string | undefined = () => undefined): string {
  if (source === "import:substack") return "Substack import";
  if (source === "import:csv") return "Spreadsheet import";
  if (source.startsWith("import:")) return `Import (${source.slice("import:".length)})`;
  const [path = "/", query = ""] = source.split("?");
  if (new URLSearchParams(query).get("via") === "footer") return `Footer · ${pageName(path, routineTitle)}`;
  if (source === "/") return "Footer";
  return pageName(path, routineTitle);
}

function pageName(path: string, routineTitle: (slug: string) => string | undefined): string {
  if (path === "/") return "Home page";
  if (path === "/newsletter") return "Newsletter page";
  if (path === "/newsletter/archive") return "Letter archive";
  if (path === "/routines") return "Routine library";
  if (path === "/consultation") return "Consultation page";
  const routine = /^\/routines\/([^/]+)$/.exec(path)?.[1];
  if (routine) return `Routine: ${routineTitle(routine) ?? routine.replaceAll("-", " ")}`;
  const letter = /^\/newsletter\/archive\/([^/]+)$/.exec(path)?.[1];
  if (letter) return `Letter: ${letter.replaceAll("-", " ")}`;
  const course = /^\/courses\/([^/]+)$/.exec(path)?.[1];
  if (course) return `Course: ${course.replaceAll("-", " ")}`;
  return path;
}
