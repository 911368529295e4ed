import nlp from "compromise";

/**
 * Organisations compromise finds in `text.slice(from, to)`, with document offsets. The last
 * resort for prose sentences where neither layout nor name patterns say who was funded.
 */
export function compromiseOrganisations(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const slice = text.slice(from, to);
  const found = nlp(slice).organizations().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>;
  const out: Array<{ start: number; end: number }> = [];
  for (const f of found) {
    if (!f.offset) continue;
    let s = from + f.offset.start;
    let e = s + f.offset.length;
    while (e > s && /[\s,.;:–—-]/.test(text[e - 1]!)) e--;
    while (s < e && /\s/.test(text[s]!)) s++;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
