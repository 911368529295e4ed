import { message, type Message, type Project } from "@fundtrace/contract";
import { projectToGrant, type GrantContext } from "./grant.js";
import { nameKey } from "./organisations.js";
import type { ExcludedRecord, GivingExport, GivingPackage, Grant360, To360GivingOptions } from "./types.js";
import { create360GivingValidator } from "./validator.js";

/** The 360Giving schema version the bundled schema implements (1.4.3), as the package's major.minor `version`. */
export const GIVING_SCHEMA_VERSION = "1.4";

const YMD = /^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$/u;

/**
 * Maps records to a 360Giving data package, one grant per record, and validates it against the bundled schema.
 * Pure given `options.schemas`. Records lacking a required field are left out of the package and listed in
 * `report.excluded` with the fields they lack; grants that fail the grant schema are left out with the errors.
 */
export function to360Giving(projects: readonly Project[], options: To360GivingOptions): GivingExport {
  const issues: Message[] = [];
  const prefix = options.prefix.trim().replace(/-+$/u, "");
  if (!prefix.startsWith("360G-"))
    issues.push(message("360giving/prefix", `Expected a registered prefix starting "360G-", received "${options.prefix}"`, "options.prefix"));
  let defaultAwardDate = options.defaultAwardDate;
  if (defaultAwardDate !== undefined && !YMD.test(defaultAwardDate)) {
    issues.push(message("360giving/default-award-date", `Expected defaultAwardDate as YYYY-MM-DD, received "${defaultAwardDate}"`, "options.defaultAwardDate", null, "error"));
    defaultAwardDate = undefined;
  }
  const ctx: GrantContext = {
    prefix,
    funder: options.funder,
    organisationIds: new Map(Object.entries(options.organisationIds ?? {}).map(([name, id]) => [nameKey(name), id])),
    defaultAwardDate,
    geoCodeTypes: options.schemas.geoCodeTypes,
  };
  const validator = create360GivingValidator(options.schemas);

  const grants: Grant360[] = [];
  const included: string[] = [];
  const excluded: ExcludedRecord[] = [];
  const seen = new Map<string, string>();
  for (const project of projects) {
    const mapped = projectToGrant(project, ctx);
    if ("missing" in mapped) {
      excluded.push({ record: project.id, missing: mapped.missing, issues: [] });
      continue;
    }
    const { grant } = mapped;
    const first = seen.get(grant.id);
    if (first !== undefined) {
      const reason = `Expected a unique grant id, received "${grant.id}" again (first from record ${first})`;
      excluded.push({ record: project.id, missing: [], issues: [message("360giving/duplicate-id", reason, project.id, null, "error")] });
      continue;
    }
    const errors = validator.grant(grant, project.id);
    if (errors.length > 0) {
      excluded.push({ record: project.id, missing: [], issues: errors });
      continue;
    }
    seen.set(grant.id, project.id);
    grants.push(grant);
    included.push(project.id);
  }

  const pkg: GivingPackage = {
    grants,
    version: GIVING_SCHEMA_VERSION,
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.meta ?? {}),
  };
  const packageErrors = grants.length === 0
    ? [message("360giving/empty", "Expected at least one record with every required field, received none", "package", null, "error")]
    : validator.package(pkg, "package");
  issues.push(...packageErrors);
  return { package: pkg, report: { valid: packageErrors.length === 0, included, excluded, issues } };
}
