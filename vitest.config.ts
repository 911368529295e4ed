import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// One root config for every package. Workspace packages resolve to their TypeScript sources,
// so tests never run against a stale build.
const root = fileURLToPath(new URL(".", import.meta.url));
const alias = Object.fromEntries(
  readdirSync(`${root}packages`).map((name) => [`@fundtrace/${name}`, `${root}packages/${name}/src/index.ts`]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "threads",
  },
});
