import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { committedSchemaUrl, createValidator } from "@fundtrace/contract";

export const seedsDir = new URL("../../../seeds/", import.meta.url).pathname;
export const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(seedsDir, f));
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `fundtrace-${prefix}-`));
const schema = (n: "mention" | "projects" | "run") => JSON.parse(readFileSync(committedSchemaUrl(n), "utf8")) as object;
export const validate = createValidator({ mention: schema("mention"), projects: schema("projects"), run: schema("run") });
export const readOut = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
export const withoutTimings = (runJson: string) => JSON.stringify({ ...JSON.parse(runJson), timings: null });
