import type { Message } from "@fundtrace/contract";

/** An organisation in a 360Giving grant (`recipientOrganization[]`, `fundingOrganization[]`). */
export interface Organisation360 {
  id: string;
  name: string;
  charityNumber?: string;
  companyNumber?: string;
}

/** A `beneficiaryLocation[]` item. */
export interface Location360 {
  name: string;
  geoCode?: string;
  geoCodeType?: string;
  countryCode?: string;
}

/** One 360Giving grant, with the fields this exporter fills. */
export interface Grant360 {
  id: string;
  title: string;
  description: string;
  currency: string;
  amountAwarded: number;
  awardDate: string;
  recipientOrganization: Organisation360[];
  fundingOrganization: Organisation360[];
  beneficiaryLocation?: Location360[];
  grantProgramme?: Array<{ title: string }>;
  classifications?: Array<{ vocabulary: string; title: string }>;
}

/** The publisher of a package (`publisher`); only `name` is required by the schema. */
export interface Publisher360 {
  name: string;
  identifier?: string;
  website?: string;
  logo?: string;
}

/** Optional package metadata, copied as given. Dates are YYYY-MM-DD or date-time; URLs absolute. */
export interface PackageMeta360 {
  title?: string;
  description?: string;
  identifier?: string;
  issued?: string;
  modified?: string;
  license?: string;
  accessURL?: string;
  downloadURL?: string;
}

/** A 360Giving data package: `{ grants: [...] }` plus metadata. */
export interface GivingPackage extends PackageMeta360 {
  grants: Grant360[];
  /** The 360Giving schema version used, major.minor. */
  version: string;
  publisher?: Publisher360;
}

/** The bundled 360Giving schemas and the geographic code types read from the codelist. */
export interface GivingSchemas {
  /** The grant schema (`360-giving-schema.json`, $id 1.4.3). */
  grant: object;
  /** The package schema (`360-giving-package-schema.json`), which refers to the grant schema's 1.4.2 URL. */
  package: object;
  /** ONS entity code (the first three characters of a GSS code, e.g. "E09") → geoCodeType code (e.g. "LONB"). */
  geoCodeTypes: ReadonlyMap<string, string>;
}

/** A record left out of the package, and why. */
export interface ExcludedRecord {
  /** The record id. */
  record: string;
  /** Required 360Giving fields the record cannot fill without inventing a value. */
  missing: string[];
  /** Other reasons, e.g. schema errors or a duplicate grant id. */
  issues: Message[];
}

/** What happened to each record, and whether the package is valid. */
export interface ValidationReport {
  /** True when the package validates against the 360Giving package schema (false when it holds no grant). */
  valid: boolean;
  /** Ids of the records in the package, in order. */
  included: string[];
  excluded: ExcludedRecord[];
  /** Package-level issues: schema errors, option warnings. */
  issues: Message[];
}

export interface To360GivingOptions {
  /** Your registered 360Giving prefix, e.g. "360G-fundtrace". Grant ids are `${prefix}-${record id}`. */
  prefix: string;
  /** The schemas from `load360GivingSchemas()`. */
  schemas: GivingSchemas;
  /** The funder of records that name none. A record that names its funder keeps it. */
  funder?: { id: string; name: string };
  /** Organisation name → org id (e.g. "Arts Council England" → "GB-GOR-PB1"), for funders and unlinked recipients. */
  organisationIds?: Readonly<Record<string, string>>;
  /** Award date (YYYY-MM-DD) for records with no announcement date. Leave unset to leave such records out. */
  defaultAwardDate?: string;
  publisher?: Publisher360;
  meta?: PackageMeta360;
}

/** The result of `to360Giving`: the valid package (only grants with every required field) and the report. */
export interface GivingExport {
  package: GivingPackage;
  report: ValidationReport;
}
