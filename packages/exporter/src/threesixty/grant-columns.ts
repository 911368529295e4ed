import { joinAligned, joinValues, plainNumber } from "../cells.js";
import type { Column } from "../columns.js";
import type { Grant360 } from "./types.js";

/** The values of one field over the items of an array field, joined with "; " (empty values left out). */
const each = <T>(items: readonly T[] | undefined, pick: (item: T) => string | undefined): string => joinValues((items ?? []).map(pick));
/** As `each`, but one entry per item, empty where an item has no value. */
const aligned = <T>(items: readonly T[] | undefined, pick: (item: T) => string | undefined): string =>
  joinAligned((items ?? []).map(pick));

/**
 * The flat 360Giving CSV, with the column titles flatten-tool uses. One row per grant; where a grant has several
 * recipients or locations their values are joined with "; " (one entry per item, empty where an item has none).
 */
export const GRANT_360_COLUMNS: ReadonlyArray<Column<Grant360>> = [
  { key: "id", title: "Identifier", description: "The grant id: prefix + \"-\" + record id.", cell: (g) => g.id },
  { key: "title", title: "Title", description: "The project name, or \"<recipient> grant\".", cell: (g) => g.title },
  { key: "description", title: "Description", description: "Built from the record's name, recipients, programme, round, theme and places.", cell: (g) => g.description },
  { key: "currency", title: "Currency", description: "ISO 4217 code.", cell: (g) => g.currency },
  { key: "amountAwarded", title: "Amount Awarded", description: "A plain number.", cell: (g) => plainNumber(g.amountAwarded) },
  { key: "awardDate", title: "Award Date", description: "YYYY-MM-DD: the record's first announcement (or `defaultAwardDate`).", cell: (g) => g.awardDate },
  { key: "recipientId", title: "Recipient Org:Identifier", description: "Org id, or prefix-org-<fingerprint>.", cell: (g) => each(g.recipientOrganization, (i) => i.id) },
  { key: "recipientName", title: "Recipient Org:Name", description: "Recipient name.", cell: (g) => each(g.recipientOrganization, (i) => i.name) },
  { key: "charityNumber", title: "Recipient Org:Charity Number", description: "From a GB-CHC-, GB-SC- or GB-NIC- org id.", cell: (g) => aligned(g.recipientOrganization, (i) => i.charityNumber) },
  { key: "companyNumber", title: "Recipient Org:Company Number", description: "From a GB-COH- org id.", cell: (g) => aligned(g.recipientOrganization, (i) => i.companyNumber) },
  { key: "funderId", title: "Funding Org:Identifier", description: "Funder org id, or prefix-org-<fingerprint>.", cell: (g) => each(g.fundingOrganization, (i) => i.id) },
  { key: "funderName", title: "Funding Org:Name", description: "Funder name.", cell: (g) => each(g.fundingOrganization, (i) => i.name) },
  { key: "programme", title: "Grant Programme:Title", description: "Programme, with the round in parentheses.", cell: (g) => each(g.grantProgramme, (i) => i.title) },
  { key: "locationName", title: "Beneficiary Location:Name", description: "Place names.", cell: (g) => each(g.beneficiaryLocation, (i) => i.name) },
  { key: "geoCode", title: "Beneficiary Location:Geographic Code", description: "GSS codes, aligned with the names.", cell: (g) => aligned(g.beneficiaryLocation, (i) => i.geoCode) },
  { key: "geoCodeType", title: "Beneficiary Location:Geographic Code Type", description: "geoCodeType codelist code (e.g. LONB), aligned.", cell: (g) => aligned(g.beneficiaryLocation, (i) => i.geoCodeType) },
  { key: "countryCode", title: "Beneficiary Location:Country Code", description: "GB where a GSS code is known, aligned.", cell: (g) => aligned(g.beneficiaryLocation, (i) => i.countryCode) },
  { key: "classification", title: "Classifications:Title", description: "The record's theme.", cell: (g) => each(g.classifications, (i) => i.title) },
];
