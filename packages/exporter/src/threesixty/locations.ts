import type { Location360 } from "./types.js";

/** A GSS code: a country letter (E, W, S, N, or K for UK-wide), two digits of entity, six of area. */
const GSS = /^[EWSNK]\d{8}$/u;

/**
 * `beneficiaryLocation` items from a record's places: the name, and where the place has a GSS code, the code,
 * its geoCodeType (from the codelist, via the code's first three characters) and country code GB.
 */
export function beneficiaryLocations(
  places: ReadonlyArray<{ name: string; gss: string | null }>,
  geoCodeTypes: ReadonlyMap<string, string>,
): Location360[] {
  return places.map(({ name, gss }) => {
    if (!gss || !GSS.test(gss)) return { name };
    const type = geoCodeTypes.get(gss.slice(0, 3));
    return { name, geoCode: gss, ...(type ? { geoCodeType: type } : {}), countryCode: "GB" };
  });
}
