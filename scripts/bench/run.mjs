// Runs a child process, timing it and sampling its RSS; resolves with its output.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { sampleRss } from "./rss.mjs";

// `stdoutFile`: write the child's output to a file (a child that calls process.exit() loses
// output still queued for a pipe, not for a file).
export function run(cmd, args, { cwd, env, input, quietStderr = false, stdoutFile = null } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const fd = stdoutFile ? openSync(stdoutFile, "w") : null;
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["pipe", fd ?? "pipe", "pipe"] });
    const sampler = sampleRss(child.pid);
    let stdout = "", stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (d) => { stdout += d; });
    child.stderr.setEncoding("utf8").on("data", (d) => { stderr += d; if (!quietStderr) process.stderr.write(d); });
    if (input) child.stdin.end(input); else child.stdin.end();
    child.on("close", (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (fd !== null) { closeSync(fd); stdout = readFileSync(stdoutFile, "utf8"); }
      resolve({ code, stdout, stderr, seconds, rss: sampler.stop() });
    });
  });
}

/** The last line of output that parses as JSON. */
export function lastJson(text) {
  const lines = text.trim().split("\n").reverse();
  for (const l of lines) { try { return JSON.parse(l); } catch { /* not JSON */ } }
  try { return JSON.parse(text); } catch { return null; }
}
