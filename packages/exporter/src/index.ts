export { type Column, columnTitles } from "./columns.js";
export { MULTI_VALUE_SEPARATOR, joinValues, joinAligned, collapseWhitespace, plainNumber } from "./cells.js";
export { FORMULA_TRIGGERS, isPlainNumber, neutraliseFormula, applyFormulaPolicy, type RowOptions } from "./neutralise.js";
export { describeConflict, describeConflicts, conflictValueText } from "./conflicts.js";
export { amountAsWritten, type TextLookup } from "./amount-text.js";
export { PROJECT_COLUMNS, type ProjectRowSource } from "./project-columns.js";
export { projectRows, type ProjectRowOptions } from "./project-rows.js";
export { MENTION_COLUMNS, type MentionRowSource } from "./mention-columns.js";
export { mentionRows, type MentionRowOptions } from "./mention-rows.js";
export { projectIdsByMention } from "./project-ids.js";
export { writeFileAtomic, temporaryPathFor } from "./atomic-write.js";
export { formatCsv, formatCsvChunks, checkRowWidths, CSV_ROW_DELIMITER, type CsvOptions } from "./csv-format.js";
export { writeCsv } from "./write-csv.js";
export { formatJson, formatJsonChunks, formatJsonl, formatJsonlChunks, NoJsonFormError } from "./json-format.js";
export { loadContractValidator, type ContractValidator } from "./contract-validator.js";
export { writeJson, type JsonWriteOptions } from "./write-json.js";
export { writeJsonl } from "./write-jsonl.js";
export { load360GivingSchemas, GIVING_DATA_DIR } from "./threesixty/load-schemas.js";
export { geoCodeTypesFromCodelist, type GeoCodeTypeRow } from "./threesixty/geo-code-types.js";
export { create360GivingValidator, GRANT_SCHEMA_REF_142, type GivingValidator } from "./threesixty/validator.js";
export { isDateTime, isUri } from "./threesixty/formats.js";
export { to360Giving, GIVING_SCHEMA_VERSION } from "./threesixty/to-360giving.js";
export { projectToGrant, grantIdPart, type GrantContext } from "./threesixty/grant.js";
export { grantTitle, grantDescription, announcedAmount } from "./threesixty/description.js";
export { beneficiaryLocations } from "./threesixty/locations.js";
export { organisation360, hyphenate, registrationNumbers } from "./threesixty/organisations.js";
export { GRANT_360_COLUMNS } from "./threesixty/grant-columns.js";
export { grants360Rows } from "./threesixty/grants360-rows.js";
export type {
  Grant360,
  GivingPackage,
  GivingSchemas,
  GivingExport,
  ExcludedRecord,
  ValidationReport,
  To360GivingOptions,
  Organisation360,
  Location360,
  Publisher360,
  PackageMeta360,
} from "./threesixty/types.js";
export { renderReport } from "./report/render-report.js";
export { DEFAULT_REPORT_LIMITS, pageContents, type PageContents, type ReportLimits } from "./report/limits.js";
export { writeReport } from "./report/write-report.js";
export { escapeHtml, jsonForScript } from "./report/escape.js";
export { collectHighlights, recordsByMention, type Highlight, type CollectedHighlights } from "./report/highlights.js";
export { splitAtBoundaries, renderHighlightedText, type Segment } from "./report/segments.js";
export { HIGHLIGHT_KINDS, type HighlightKind, type HighlightStyle } from "./report/highlight-kinds.js";
export { recordViews, type RecordView, type AmountView, type SourceView } from "./report/record-views.js";
export { contentSecurityPolicy } from "./report/content-security-policy.js";
export type { ReportInput, ReportDecision, ReportEvidence, ReportDocument } from "./report/types.js";
