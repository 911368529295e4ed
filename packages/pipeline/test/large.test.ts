import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeBytes, htmlToText, loadInput, MAX_INPUT_BYTES } from "@fundtrace/pipeline";

const dir = mkdtempSync(join(tmpdir(), "fundtrace-large-"));
const MB = 1024 * 1024;

describe("large inputs", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads and decodes a 100 MB file", async () => {
    const path = join(dir, "big.txt");
    const fd = openSync(path, "w");
    const chunk = "Leeds City Council (£1.2m) to pilot a new service.\n".repeat(20_000);
    let bytes = 0;
    while (bytes < 100 * MB) bytes += writeSync(fd, chunk);
    closeSync(fd);
    const loaded = await loadInput(path, dir);
    expect(loaded.record).toMatchObject({ status: "processed", bytes, encoding: "utf-8" });
    expect(loaded.document!.text.length).toBe(Buffer.from(chunk).toString("utf8").length * (bytes / Buffer.byteLength(chunk)));
  }, 120_000);

  it("decodes 50 MB of invalid UTF-8 as Windows-1252, counting the bad bytes without holding them", () => {
    const bytes = Buffer.alloc(50 * MB, 0xa3);
    const d = decodeBytes(bytes, "pounds.txt");
    expect(d).toMatchObject({ ok: true, encoding: "windows-1252" });
    if (d.ok) {
      expect(d.text.length).toBe(50 * MB);
      expect(d.text.slice(0, 3)).toBe("£££");
      expect(d.warnings[0]!.reason).toBe(`Expected UTF-8, received ${50 * MB} invalid byte sequences; decoded as Windows-1252`);
    }
  }, 120_000);

  it("reduces a 50 MB single-line HTML page to text and maps its last character back", () => {
    const unit = '<p class="x">Leeds City Council (&pound;1.2m) to <b>pilot</b> &amp; test</p><!-- c --><script>var a="<p>";</script>';
    const html = unit.repeat(Math.ceil((50 * MB) / unit.length));
    const { text, toSource } = htmlToText(html);
    expect(text.startsWith("Leeds City Council (£1.2m) to pilot & test\n\nLeeds")).toBe(true);
    const last = text.lastIndexOf("test");
    expect(html.slice(toSource(last), toSource(last + 4, "end"))).toBe("test");
    expect(toSource(text.length, "end")).toBeLessThanOrEqual(html.length);
  }, 120_000);

  it("handles broken markup at size: 20 MB of unclosed tags, quotes and comments", () => {
    for (const unit of ['<a href="x <b title=\'y ', "<a <b <p ", "<!-- x <script> ", "&#x&#&amp"]) {
      const html = unit.repeat(Math.ceil((20 * MB) / unit.length));
      const { text, toSource } = htmlToText(html);
      expect(toSource(text.length, "end")).toBeLessThanOrEqual(html.length);
    }
  }, 120_000);

  it("skips a file larger than the limit unread, with the reason", async () => {
    const path = join(dir, "sparse.txt");
    writeFileSync(path, "");
    truncateSync(path, MAX_INPUT_BYTES + 1);
    const loaded = await loadInput(path, dir);
    expect(loaded.document).toBeNull();
    expect(loaded.record).toMatchObject({ status: "skipped", bytes: MAX_INPUT_BYTES + 1, sha256: "", reason: `Expected at most ${MAX_INPUT_BYTES} bytes, received ${MAX_INPUT_BYTES + 1} bytes in sparse.txt` });
    expect(loaded.messages[0]).toMatchObject({ ruleId: "input/too-large", severity: "error" });
  });
});
