import { z } from "zod";
import { Mention } from "./mention.js";
import { ProjectsFile } from "./project.js";
import { RunManifest } from "./manifest.js";
import { Document } from "./document.js";

/** The output files and the schema each must satisfy. */
export const outputSchemas = {
  mention: Mention,
  projects: ProjectsFile,
  run: RunManifest,
  document: Document,
} as const;
export type OutputSchemaName = keyof typeof outputSchemas;

/** JSON Schema (draft 2020-12) generated from the zod schemas; committed under `schemas/`. */
export function jsonSchemaOf(name: OutputSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(outputSchemas[name], { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
  return { ...schema, $id: `https://fundtrace.dev/schemas/${name}.schema.json`, title: name };
}

export const schemaFileName = (name: OutputSchemaName): string => `${name}.schema.json`;

/** Where the committed JSON Schema of an output lives (a file URL; reading it is the caller's I/O). */
export const committedSchemaUrl = (name: OutputSchemaName): URL => new URL(`../schemas/${schemaFileName(name)}`, import.meta.url);

/** Where the committed, precompiled validation functions of every output live (see `standaloneValidators`). */
export const committedValidatorsUrl: URL = new URL("../schemas/validators.mjs", import.meta.url);
/** The same, compiled to answer only whether a value is valid (`standaloneValidators(…, { quick: true })`). */
export const committedQuickValidatorsUrl: URL = new URL("../schemas/quick-validators.mjs", import.meta.url);
