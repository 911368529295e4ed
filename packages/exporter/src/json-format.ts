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

/** Thrown by the chunk generators when a value has no JSON form; the writers report it as a message. */
export class NoJsonFormError extends Error {
  constructor() {
    super("Expected a value with a JSON form, received undefined or a function");
    this.name = "NoJsonFormError";
  }
}

/** Containers this shallow are written a member at a time; deeper ones whole, by JSON.stringify. */
const CHUNK_DEPTH = 2;
const pads: string[] = [];
const pad = (depth: number): string => (pads[depth] ??= "  ".repeat(depth));
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== "function";
};

const isContainer = (v: unknown, depth: number): boolean => depth < CHUNK_DEPTH && ((Array.isArray(v) && v.length > 0) || isPlainObject(v));

/** A value below the chunked levels, laid out for `depth`; undefined when it has no JSON form. */
function leaf(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // strings never hold a raw line break (JSON escapes it), so every one is a line of the layout
  return text === undefined || depth === 0 ? text : text.replaceAll("\n", `\n${pad(depth)}`);
}

/**
 * Items of an array below the chunked levels are laid out by JSON.stringify this many at a time:
 * enough to spare most calls, few enough that each piece stays a small, short-lived string.
 */
const BATCH_ITEMS = 32;
const frames: Array<readonly [string, string]> = [];
/** `items` wrapped in `depth` arrays, so JSON.stringify indents them as they sit at `depth + 1`. */
const wrap = (items: unknown[], depth: number): unknown => {
  let wrapped: unknown = items;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  return wrapped;
};
/** What JSON.stringify writes around the items of an array at `depth` wrapped by `wrap`: before the first, after the last. */
const frameAt = (depth: number): readonly [string, string] => {
  let frame = frames[depth];
  if (frame === undefined) {
    const text = JSON.stringify(wrap([""], depth), null, 2);
    const at = text.indexOf('""');
    frame = frames[depth] = [text.slice(0, at), text.slice(at + 2)];
  }
  return frame;
};

/** A non-empty array at `depth` whose items are below the chunked levels, a batch of items at a time. */
function* batches(items: unknown[], depth: number): Generator<string, void, undefined> {
  const [before, after] = frameAt(depth);
  for (let from = 0; from < items.length; from += BATCH_ITEMS) {
    const text = JSON.stringify(wrap(items.slice(from, from + BATCH_ITEMS), depth), null, 2);
    yield `${from === 0 ? "[" : ","}\n${pad(depth + 1)}${text.slice(before.length, text.length - after.length)}`;
  }
  yield `\n${pad(depth)}]`;
}

/** A container at `depth` exactly as `JSON.stringify(root, null, 2)` writes it there, in pieces. */
function* container(value: unknown, depth: number): Generator<string, void, undefined> {
  if (Array.isArray(value) && depth + 1 >= CHUNK_DEPTH) {
    yield* batches(value, depth);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[" : ","}\n${pad(depth + 1)}`;
      const item: unknown = value[i];
      if (isContainer(item, depth + 1)) yield* container(item, depth + 1);
      else yield leaf(item, depth + 1) ?? "null"; // as JSON.stringify writes a member with no JSON form
    }
    yield `\n${pad(depth)}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value as object)) {
    const member = (value as Record<string, unknown>)[key];
    const text = isContainer(member, depth + 1) ? null : leaf(member, depth + 1);
    if (text === undefined) continue; // left out, as JSON.stringify leaves it out
    yield `${first ? "{" : ","}\n${pad(depth + 1)}${JSON.stringify(key)}: `;
    first = false;
    if (text === null) yield* container(member, depth + 1);
    else yield text;
  }
  yield first ? "{}" : `\n${pad(depth)}}`;
}

/**
 * `formatJson(value)` in pieces, so an output of hundreds of megabytes is never one string (V8
 * caps a string at about 512 MB): the outer objects and arrays a member at a time. Throws
 * `NoJsonFormError` when the value has no JSON form.
 */
export function* formatJsonChunks(value: unknown): Generator<string, void, undefined> {
  if (isContainer(value, 0)) yield* container(value, 0);
  else {
    const text = leaf(value, 0);
    if (text === undefined) throw new NoJsonFormError();
    yield text;
  }
  yield "\n";
}

/** `formatJsonl(values)` a line at a time. Throws `NoJsonFormError` at a value with no JSON form. */
export function* formatJsonlChunks(values: readonly unknown[]): Generator<string, void, undefined> {
  for (const v of values) {
    const line = JSON.stringify(v) as string | undefined;
    if (line === undefined) throw new NoJsonFormError();
    yield `${line}\n`;
  }
}
