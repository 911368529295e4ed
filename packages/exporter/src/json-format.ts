/** Stable JSON: 2-space indentation and a trailing newline. Undefined when the value has no JSON form. */
export function formatJson(value: unknown): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined ? undefined : `${text}\n`;
}

/** JSON Lines: one compact JSON value per line, each line ending in "\n"; an empty list gives an empty file. */
export function formatJsonl(values: readonly unknown[]): string | undefined {
  const lines = values.map((v) => JSON.stringify(v) as string | undefined);
  if (lines.some((l) => l === undefined)) return undefined;
  return lines.map((l) => `${l}\n`).join("");
}
