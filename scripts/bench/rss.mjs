// Samples the resident set size of a child process from outside (Linux /proc), every `ms`.
import { readFileSync } from "node:fs";

/** Current and peak RSS (bytes) of a process: VmRSS and VmHWM from /proc/<pid>/status. */
export function procRss(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(s)?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (100 ticks a second). */
export function procCpu(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Polls a pid until stopped; `stop()` returns the largest VmRSS seen, the last VmHWM, and the CPU
 * seconds last seen (a lower bound: the work after the last sample is missed, at most `ms`).
 */
export function sampleRss(pid, ms = 50) {
  let peak = 0, hwm = 0, samples = 0, cpu = 0;
  const tick = () => {
    const r = procRss(pid);
    if (r) { peak = Math.max(peak, r.rss); hwm = Math.max(hwm, r.hwm); samples++; }
    const c = procCpu(pid);
    if (c !== null) cpu = c;
  };
  tick();
  const timer = setInterval(tick, ms);
  return { stop: () => { clearInterval(timer); return { peak, hwm, samples, cpu }; } };
}

/** The 1-minute load average (other work on the machine skews timings). */
export function loadAverage() {
  try { return Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]); } catch { return null; }
}
