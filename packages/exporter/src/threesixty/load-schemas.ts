import { readFile } from "node:fs/promises";
import { parseString } from "fast-csv";
import { geoCodeTypesFromCodelist, type GeoCodeTypeRow } from "./geo-code-types.js";
import type { GivingSchemas } from "./types.js";

/** The folder of the bundled, unmodified 360Giving data (schemas, codelists, README with source and licence). */
export const GIVING_DATA_DIR = new URL("../../data/360giving/", import.meta.url);

const readJson = async (name: string): Promise<object> =>
  JSON.parse(await readFile(new URL(name, GIVING_DATA_DIR), "utf8")) as object;

function parseCsv(text: string): Promise<GeoCodeTypeRow[]> {
  return new Promise((resolve, reject) => {
    const rows: GeoCodeTypeRow[] = [];
    parseString(text, { headers: true })
      .on("error", reject)
      .on("data", (row: GeoCodeTypeRow) => rows.push(row))
      .on("end", () => resolve(rows));
  });
}

/**
 * Reads the bundled 360Giving grant and package schemas and the geoCodeType codelist.
 * This is the only 360Giving function that does I/O; it throws when the bundled files are missing (a broken install).
 */
export async function load360GivingSchemas(): Promise<GivingSchemas> {
  const [grant, pkg, codelist] = await Promise.all([
    readJson("360-giving-schema.json"),
    readJson("360-giving-package-schema.json"),
    readFile(new URL("codelists/geoCodeType.csv", GIVING_DATA_DIR), "utf8"),
  ]);
  return { grant, package: pkg, geoCodeTypes: geoCodeTypesFromCodelist(await parseCsv(codelist)) };
}
