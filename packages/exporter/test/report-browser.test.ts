import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { renderReport, writeReport, writeFileAtomic } from "@fundtrace/exporter";
import { tempDir } from "./helpers.js";
import { hostileReportInput, PAYLOADS, REPO_ROOT, seedsReportInput } from "./report-fixtures.js";

/** Debian's Chromium; FUNDTRACE_CHROMIUM points elsewhere. */
const CHROMIUM = process.env["FUNDTRACE_CHROMIUM"] ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const available = existsSync(CHROMIUM);
/** Skipped on a machine without Chromium; in CI (CI set) a missing Chromium is a failure, not a skip. */
const skip = !available && !process.env["CI"];
const reason = skip ? ` [skipped: no Chromium at ${CHROMIUM}]` : "";
const SCREENSHOT = join(REPO_ROOT, "docs", "report.png");

let browser: Browser | undefined;

function requireBrowser(): Browser {
  if (!available) throw new Error(`Expected Chromium at ${CHROMIUM} for the review page's browser tests (apt-get install chromium), received no such file`);
  if (!browser) throw new Error("Expected Chromium to have started, received no browser");
  return browser;
}

/** Opens a page over file:// and waits until its script has run; page errors are collected. */
async function open(file: string, errors: string[], hash = ""): Promise<Page> {
  const page = await requireBrowser().newPage({ viewport: { width: 1440, height: 900 } });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${pathToFileURL(file).href}${hash}`, { waitUntil: "load" });
  return page;
}

beforeAll(async () => {
  if (available) browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe("the review page in Chromium", () => {
  it.skipIf(skip)(`seeds run: select a record, see its spans in every source, sort by amount, filter by a recipient${reason}`, { timeout: 60_000 }, async () => {
    const input = seedsReportInput();
    const file = join(tempDir(), "report.html");
    expect((await writeReport(file, input)).ok).toBe(true);
    const errors: string[] = [];
    const page = await open(file, errors);
    expect(await page.getAttribute("html", "data-ready")).toBe("true");

    // A named record seen in two documents whose sources disagree on something; failing that, one in two documents.
    const docs = (p: (typeof input.projects)[number]) => new Set(p.sources.map((s) => s.doc)).size;
    const record =
      input.projects.find((p) => p.name && docs(p) > 1 && p.conflicts.length > 0) ?? input.projects.find((p) => p.name && docs(p) > 1);
    expect(record).toBeDefined();
    if (!record) return;
    await page.locator(`#records tbody tr[data-record="${record.id}"]`).click();

    const selected = await page.$$eval(".doc .sel", (els) =>
      els.map((e) => ({ mentions: (e.getAttribute("data-m") ?? "").split(" "), doc: e.closest("article")?.getAttribute("data-doc") ?? "", passage: e.classList.contains("k-passage") })),
    );
    expect(selected.length).toBeGreaterThan(0);
    for (const s of selected) expect(s.mentions.some((m: string) => record.mentions.includes(m)), s.mentions.join(" ")).toBe(true);
    expect(new Set(selected.map((s) => s.doc))).toEqual(new Set(record.sources.map((s) => s.doc)));
    const outlined = new Set(selected.filter((s) => s.passage).flatMap((s) => s.mentions));
    for (const m of record.mentions) expect(outlined.has(m), m).toBe(true);
    expect(await page.locator(".doc .sel").first().isVisible()).toBe(true);
    const inView = await page.$eval(".doc .sel", (e) => {
      const r = e.getBoundingClientRect();
      const pane = e.ownerDocument.getElementById("sources-pane")?.getBoundingClientRect();
      return pane !== undefined && r.bottom > pane.top && r.top < pane.bottom;
    });
    expect(inView).toBe(true);
    await expect(page.locator("#details h2").first().textContent()).resolves.toBe(record.name);
    const details = (await page.locator("#details").textContent()) ?? "";
    expect(details).toContain(record.id);
    expect(details).toContain(`Conflicts (${record.conflicts.length})`);
    for (const c of record.conflicts) expect(details).toContain(c.field);
    for (const s of record.sources) expect(details).toContain(s.mention);

    // Sort by amount: ascending, records without an amount last; a second click reverses.
    const amounts = () =>
      page.$$eval("#records tbody tr", (rows) => rows.map((r) => r.cells[3]?.getAttribute("data-sort") ?? ""));
    const header = page.locator("#records thead th", { hasText: "Amount" }).locator("button");
    await header.click();
    const ascending = await amounts();
    const values = ascending.filter((v) => v !== "").map(Number);
    expect(values.length).toBeGreaterThan(10);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(ascending.slice(values.length).every((v) => v === "")).toBe(true);
    expect(await page.locator("#records thead th", { hasText: "Amount" }).getAttribute("aria-sort")).toBe("ascending");
    await header.click();
    const descending = (await amounts()).filter((v) => v !== "").map(Number);
    expect(descending).toEqual([...values].sort((a, b) => b - a));

    // Filter by a recipient's name: only the rows that name it stay visible.
    const recipient = record.organisations[0]?.name ?? "";
    await page.locator("#filter").fill(recipient);
    const visible = await page.$$eval("#records tbody tr:not([hidden])", (rows) => rows.map((r) => r.textContent ?? ""));
    const expected = input.projects.filter((p) =>
      [p.id, p.name ?? "", p.organisations.map((o) => o.name).join("; "), p.round ?? ""].some((c) => c.toLowerCase().includes(recipient.toLowerCase())),
    );
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(input.projects.length);
    expect(visible.length).toBe(expected.length);
    for (const row of visible) expect(row.toLowerCase()).toContain(recipient.toLowerCase());
    expect(await page.locator("#count").textContent()).toBe(`${visible.length} of ${input.projects.length} records`);
    expect(await page.locator(".doc .sel").count()).toBe(selected.length);

    mkdirSync(join(REPO_ROOT, "docs"), { recursive: true });
    const png = await page.screenshot();
    expect((await writeFileAtomic(SCREENSHOT, png)).ok).toBe(true);
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(skip)(`hostile document: no script runs, no dialog opens, the payloads show as text${reason}`, { timeout: 60_000 }, async () => {
    const input = hostileReportInput();
    const html = renderReport(input);
    const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, "");
    expect(withoutPolicy).not.toBe(html);
    const dir = tempDir();
    // With its policy, and without it: escaping alone must keep the page inert.
    for (const [name, page_] of [["report.html", html], ["report-no-csp.html", withoutPolicy]] as const) {
      const file = join(dir, name);
      expect((await writeFileAtomic(file, page_)).ok).toBe(true);
      const errors: string[] = [];
      const dialogs: string[] = [];
      const page = await open(file, errors);
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      expect(await page.getAttribute("html", "data-ready"), name).toBe("true");
      await page.locator("#records tbody tr").first().click();
      await page.locator("#unattached-table tbody tr").first().click();
      await page.locator(".doc .k-recipient").first().click();
      expect(await page.evaluate(() => "__pwned" in globalThis), name).toBe(false);
      expect(await page.locator("img, svg, iframe, object, embed").count(), name).toBe(0);
      expect(await page.locator("script:not([type])").count(), name).toBe(1);
      const text = await page.locator("body").innerText();
      for (const payload of Object.values(PAYLOADS)) expect(text, `${name}: ${payload}`).toContain(payload);
      const details = (await page.locator("#details").textContent()) ?? "";
      expect(details).toContain(PAYLOADS.close);
      expect(details).toContain(PAYLOADS.img);
      expect(dialogs, name).toEqual([]);
      expect(errors, name).toEqual([]);
      await page.close();
    }

    // A link with the record's id in the address opens the page on that record.
    const errors: string[] = [];
    const page = await open(join(dir, "report.html"), errors, "#p_hostile");
    expect(await page.locator("#records tbody tr.selected").count()).toBe(1);
    expect(await page.locator(".doc .sel").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
