// Accuracy on a generated corpus: write its documents and gold to a temporary folder, run the CLI
// pipeline on it, score the run with ../shared/eval/score.mjs, and group the scorer's errors.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { categorise, parseExplain } from "./explain.mjs";
import { registerData } from "./corpus-text.mjs";
import { cliBin, dist, hasScorer, scorer } from "./paths.mjs";
import { run } from "./run.mjs";

export async function accuracy({ seed, documents, tmp, log }) {
  const { generateCorpus, checkGold } = await import(dist("corpus"));
  const t0 = performance.now();
  const corpus = generateCorpus({ seed, documents, register: registerData(), corpus: `generated-${seed}-${documents}` });
  const genSeconds = (performance.now() - t0) / 1000;
  const docsDir = join(tmp, "docs"), outDir = join(tmp, "out");
  mkdirSync(docsDir, { recursive: true });
  let bytes = 0;
  for (const d of corpus.documents) { writeFileSync(join(docsDir, `${d.id}.txt`), d.text); bytes += Buffer.byteLength(d.text); }
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const issues = checkGold(corpus.gold, (id) => texts.get(id) ?? null);
  texts.clear();
  const goldPath = join(tmp, "gold.json");
  writeFileSync(goldPath, JSON.stringify(corpus.gold));
  const mentions = corpus.gold.projects.reduce((s, p) => s + p.mentions.length, 0);
  const summary = { documents, bytes, generateSeconds: genSeconds, goldProjects: corpus.gold.projects.length, goldMentions: mentions, negatives: corpus.gold.negatives.length, goldIssues: issues.length };
  log(`  accuracy: ${documents} documents (${(bytes / 1e6).toFixed(1)} MB), ${mentions} gold mentions; running the pipeline`);
  const p = await run(process.execPath, [cliBin, "pipeline", docsDir, "--out", outDir, "--quiet"], { quietStderr: true });
  if (p.code !== 0) return { ...summary, error: `pipeline exited ${p.code}: ${p.stderr.slice(0, 500)}` };
  summary.pipeline = { seconds: p.seconds, cpuSeconds: p.rss.cpu, peakRss: p.rss.hwm || p.rss.peak, mbPerSecond: bytes / 1e6 / p.seconds };
  if (!hasScorer()) return { ...summary, note: `no scorer at ${scorer}: accuracy skipped` };
  log("  accuracy: scoring");
  const s = await run(process.execPath, [scorer, "--gold", goldPath, "--docs", docsDir, "--out", outDir, "--json", "--explain"], { quietStderr: true, stdoutFile: join(tmp, "score.txt") });
  if (s.code !== 0 && s.code !== 1) return { ...summary, error: `scorer exited ${s.code}: ${s.stderr.slice(0, 500)}` };
  const cut = s.stdout.indexOf("\n-- missed");
  const figures = JSON.parse(cut < 0 ? s.stdout : s.stdout.slice(0, cut));
  const explainText = cut < 0 ? "" : s.stdout.slice(cut + 1);
  writeFileSync(join(tmp, "explain.txt"), explainText);
  writeFileSync(join(tmp, "meta.json"), JSON.stringify(corpus.meta));
  return { ...summary, scoreSeconds: s.seconds, figures, errors: categorise(parseExplain(explainText), corpus.meta), explainFile: join(tmp, "explain.txt") };
}
