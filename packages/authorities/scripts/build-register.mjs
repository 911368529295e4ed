#!/usr/bin/env node
// Builds data/register.json from the unmodified mySociety CSVs in data/source/.
// Run explicitly (it is not part of `tsc -b` or the tests):
//   node packages/authorities/scripts/build-register.mjs
// The output is committed; src/ never reads the CSVs.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFile } from "fast-csv";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SOURCE = here("../data/source/");
const OUT = here("../data/register.json");

/** Where the CSVs came from; copied into the JSON so the licence travels with the data. */
const source = {
  name: "UK Local Authorities (past and current), data package uk_la_past_current v1.6.1",
  publisher: "mySociety",
  url: "https://github.com/mysociety/uk_local_authority_names_and_codes",
  commit: "67ef8b118938678401a452f4f19f669a7221cc73",
  licence: "CC-BY-4.0",
  attribution: "mySociety, UK Local Authority Names and Codes, CC BY 4.0",
};

/** old-register-and-code register name → org-id.guide prefix. */
const ORG_ID_PREFIX = {
  "local-authority-eng": "GB-LAE",
  "local-authority-sct": "GB-LAS",
  "principal-local-authority": "GB-PLA",
  "local-authority-nir": "GB-LANI",
};

function readCsv(name) {
  return new Promise((resolve, reject) => {
    const rows = [];
    parseFile(`${SOURCE}${name}`, { headers: true })
      .on("error", reject)
      .on("data", (row) => rows.push(row))
      .on("end", () => resolve(rows));
  });
}

const orNull = (s) => (s === undefined || s.trim() === "" ? null : s.trim());
const list = (s) => (orNull(s) === null ? [] : s.split(",").map((x) => x.trim()).filter(Boolean));

function orgIdOf(oldRegisterAndCode, warnings) {
  const value = orNull(oldRegisterAndCode);
  if (value === null) return null;
  const [register, code] = value.split(":");
  const prefix = ORG_ID_PREFIX[register];
  if (!prefix || !code) {
    warnings.push(`no org-id prefix for ${value}`);
    return null;
  }
  return `${prefix}-${code}`;
}

/**
 * `alt-names` is comma-separated, but some names contain ", " themselves ("Bristol, City of")
 * and one contains bare commas ("rhondda,cynon,taff"). Split on commas not followed by a space,
 * then rejoin neighbouring pieces whenever the joined text is a name the lookup lists for this code.
 */
function splitAltNames(value, known, code, warnings) {
  const pieces = orNull(value) === null ? [] : value.split(/,(?! )/);
  const out = [];
  for (let i = 0; i < pieces.length; ) {
    let taken = 1;
    for (let j = pieces.length; j > i + 1; j--) {
      if (known.has(pieces.slice(i, j).join(",").trim())) {
        taken = j - i;
        break;
      }
    }
    const name = pieces.slice(i, i + taken).join(",").trim();
    if (taken === 1 && !known.has(name)) warnings.push(`${code}: alt name "${name}" is not in the name lookup (kept)`);
    if (name && !out.includes(name)) out.push(name);
    i += taken;
  }
  return out;
}

const [authorities, names, gss] = await Promise.all([
  readCsv("uk_local_authorities_current.csv"),
  readCsv("lookup_name_to_registry.csv"),
  readCsv("lookup_gss_to_registry.csv"),
]);

const warnings = [];
const namesByCode = new Map();
for (const row of names) {
  const code = row["local-authority-code"];
  if (!namesByCode.has(code)) namesByCode.set(code, new Set());
  namesByCode.get(code).add(row["la-name"].trim());
}

const records = authorities
  .map((r) => {
    const code = r["local-authority-code"].trim();
    return {
      code,
      officialName: r["official-name"].trim(),
      niceName: r["nice-name"].trim(),
      gss: orNull(r["gss-code"]),
      formerGss: list(r["former-gss-codes"]),
      startDate: orNull(r["start-date"]),
      endDate: orNull(r["end-date"]),
      replacedBy: list(r["replaced-by"]),
      type: r["local-authority-type"].trim(),
      typeName: r["local-authority-type-name"].trim(),
      nation: r["nation"].trim(),
      region: orNull(r["region"]),
      county: orNull(r["county-la"]),
      orgId: orgIdOf(r["old-register-and-code"], warnings),
      altNames: splitAltNames(r["alt-names"], namesByCode.get(code) ?? new Set(), code, warnings),
    };
  })
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

const data = {
  source,
  authorities: records,
  names: names.map((r) => [r["la-name"].trim(), r["local-authority-code"].trim()]),
  gss: gss.map((r) => [r["gss-code"].trim(), r["local-authority-code"].trim()]),
};

// One record per line: compact, yet reviewable as a diff.
const lines = (key, rows) => `"${key}":[\n${rows.map((x) => JSON.stringify(x)).join(",\n")}\n]`;
const json = `{"source":${JSON.stringify(source)},\n${lines("authorities", data.authorities)},\n${lines("names", data.names)},\n${lines("gss", data.gss)}}\n`;
JSON.parse(json); // refuse to write anything that is not JSON
writeFileSync(OUT, json);

for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
process.stdout.write(
  `wrote ${OUT}: ${records.length} authorities (${records.filter((r) => r.endDate === null).length} without end date), ${data.names.length} names, ${data.gss.length} GSS codes\n`,
);
