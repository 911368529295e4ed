/** A row of the 360Giving `geoCodeType.csv` codelist, keyed by its header titles. */
export type GeoCodeTypeRow = Readonly<Record<string, string | undefined>>;

/**
 * ONS entity code → geoCodeType code, from the codelist rows. The entity code is the last path segment of the
 * row's "Documentation (URL)" (…/statistical-entity/E09 → "E09" → "LONB").
 */
export function geoCodeTypesFromCodelist(rows: readonly GeoCodeTypeRow[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const row of rows) {
    const entity = /statistical-entity\/([A-Z]\d{2})\s*$/u.exec(row["Documentation (URL)"] ?? "")?.[1];
    const code = row["Code"]?.trim();
    if (entity && code && !types.has(entity)) types.set(entity, code);
  }
  return types;
}
