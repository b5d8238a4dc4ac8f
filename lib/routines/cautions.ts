/**
 * The coach writes a routine's cautions as a markdown list. Before someone starts, the first ones
 * matter most (the coach puts the key caution first), so they are shown above Start and, as one
 * line, on the player's first screen. Pure: the markdown goes in, plain pieces come out.
 */

/** The list items of the cautions, in order, as markdown (bold kept). Text that is not a list is one item. */
export function cautionItems(cautions: string): string[] {
  const lines = cautions.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const items: string[] = [];
  for (const line of lines) {
    const bullet = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (bullet) items.push(bullet[1]!);
    else if (items.length) items[items.length - 1] += ` ${line}`;
    else items.push(line);
  }
  return items;
}

/** The first `count` cautions, for the box above Start. */
export function keyCautions(cautions: string, count = 2): string[] {
  return cautionItems(cautions).slice(0, count);
}

/**
 * One short line for the player's first screen: the first caution's bold lead if it has one
 * ("Don't keep overstretching your hamstrings."), otherwise its first sentence, without markdown.
 */
export function cautionLine(cautions: string): string | null {
  const first = cautionItems(cautions)[0];
  if (!first) return null;
  const bold = /\*\*(.+?)\*\*/.exec(first)?.[1];
  const plain = (bold ?? first).replace(/\*\*|__|[*_`]/g, "").trim();
  const sentence = bold ? plain : (/^(.+?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain);
  return sentence.length > 140 ? `${sentence.slice(0, 139).trimEnd()}…` : sentence;
}
