import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import {
  columnTitles,
  create360GivingValidator,
  GIVING_DATA_DIR,
  announcedAmount,
  GRANT_360_COLUMNS,
  grants360Rows,
  isDateTime,
  isUri,
  load360GivingSchemas,
  to360Giving,
  writeCsv,
  writeJson,
  type GivingSchemas,
} from "@fundtrace/exporter";
import { amount, project } from "./fixtures.js";
import { parseCsv, tempDir } from "./helpers.js";

let schemas: GivingSchemas;
beforeAll(async () => {
  schemas = await load360GivingSchemas();
});

const PREFIX = "360G-fundtrace";
const linked = (code: string, gss: string, name: string) => ({
  name,
  key: code,
  aliases: [],
  link: { orgId: `GB-LAE-${code}`, registerCode: code, gss, officialName: name },
});

/** Hand-made records: three complete, four each lacking something 360Giving requires. */
const records = [
  project(),
  project({
    id: "p_isl",
    name: null,
    organisations: [linked("ISL", "E09000019", "Islington Council")],
    amount: amount({ value: 771_000, text: "£771k", qualifier: "up-to" }),
    programme: null,
    round: null,
    theme: null,
    places: [{ name: "Islington", gss: "E09000019" }, { name: "Kent", gss: "E10000016" }, { name: "Leeds", gss: "E08000035" }],
    conflicts: [],
    firstAnnounced: "2021-03-01",
  }),
  project({ id: "p_charity", organisations: [{ name: "Family Action", key: "family action", aliases: [], link: { orgId: "GB-CHC-264713", registerCode: "264713", gss: null, officialName: "Family Action" } }] }),
  project({ id: "p_noamount", amount: null }),
  project({ id: "p_nodate", firstAnnounced: null }),
  project({ id: "p_nofunder", funder: null }),
  project({ id: "p_nobody", name: null, organisations: [], funder: null, amount: null, firstAnnounced: null }),
];

describe("bundled 360Giving data", () => {
  const dataDir = fileURLToPath(GIVING_DATA_DIR);
  const shared = "/work/shared/data/360giving";

  test("the grant schema is the unmodified 1.4.3 file the README describes", () => {
    const bytes = readFileSync(join(dataDir, "360-giving-schema.json"));
    expect(bytes.byteLength).toBe(35_194);
    expect(createHash("sha256").update(bytes).digest("hex")).toMatch(/^e8a1c581[0-9a-f]{53}ebb$/);
  });

  test("README (source and CC BY 4.0 licence), both schemas and the seven codelists are there", () => {
    expect(readdirSync(dataDir).sort()).toEqual(["360-giving-package-schema.json", "360-giving-schema.json", "README.md", "codelists"]);
    expect(readdirSync(join(dataDir, "codelists"))).toHaveLength(7);
    expect(readFileSync(join(dataDir, "README.md"), "utf8")).toMatch(/CC BY 4\.0/);
  });

  test.runIf(readdirSync("/work/shared/data").includes("360giving"))("matches the shared copy byte for byte", () => {
    for (const name of ["360-giving-schema.json", "360-giving-package-schema.json", "README.md", "codelists/geoCodeType.csv"]) {
      expect(readFileSync(join(dataDir, name)).equals(readFileSync(join(shared, name)))).toBe(true);
    }
  });

  test("geoCodeTypes come from the codelist", () => {
    expect(schemas.geoCodeTypes.get("E09")).toBe("LONB");
    expect(schemas.geoCodeTypes.get("E06")).toBe("UA");
    expect(schemas.geoCodeTypes.get("E08")).toBe("MD");
    expect(schemas.geoCodeTypes.get("S12")).toBe("CA");
  });
});

describe("to360Giving", () => {
  test("complete records make a package that validates", () => {
    const { package: pkg, report } = to360Giving(records, { prefix: PREFIX, schemas });
    expect(report.valid).toBe(true);
    expect(report.issues).toEqual([]);
    expect(report.included).toEqual(["p_3f9a0c1d2e4b", "p_isl", "p_charity"]);
    expect(pkg.grants.map((g) => g.id)).toEqual(["360G-fundtrace-p_3f9a0c1d2e4b", "360G-fundtrace-p_isl", "360G-fundtrace-p_charity"]);
    expect(create360GivingValidator(schemas).package(pkg, "test")).toEqual([]);
  });

  test("records lacking required fields are left out and reported, with nothing invented", () => {
    const { package: pkg, report } = to360Giving(records, { prefix: PREFIX, schemas });
    expect(report.excluded).toEqual([
      { record: "p_noamount", missing: ["currency", "amountAwarded"], issues: [] },
      { record: "p_nodate", missing: ["awardDate"], issues: [] },
      { record: "p_nofunder", missing: ["fundingOrganization"], issues: [] },
      { record: "p_nobody", missing: ["title", "currency", "amountAwarded", "awardDate", "recipientOrganization", "fundingOrganization"], issues: [] },
    ]);
    expect(pkg.grants.map((g) => g.id).filter((id) => /p_no/.test(id))).toEqual([]);
  });

  test("the mapping of a full record", () => {
    const [grant] = to360Giving([project()], { prefix: PREFIX, schemas }).package.grants;
    expect(grant).toEqual({
      id: "360G-fundtrace-p_3f9a0c1d2e4b",
      title: "Lighthouse Parenting Programme",
      description:
        "Lighthouse Parenting Programme. Recipients: Hackney Council; Oxford Health NHS Foundation Trust. Programme: Open Funding Call. Round: Round 2. Theme: children's social care. Places: Hackney; the Thames Valley.",
      currency: "GBP",
      amountAwarded: 5_000_000,
      awardDate: "2020-10-30",
      recipientOrganization: [
        { id: "GB-LAE-HCK", name: "Hackney Council" },
        { id: "360G-fundtrace-org-oxford-health-nhs-foundation-trust", name: "Oxford Health NHS Foundation Trust" },
      ],
      fundingOrganization: [{ id: "360G-fundtrace-org-what-works-for-childrens-social-care", name: "What Works for Children's Social Care" }],
      beneficiaryLocation: [{ name: "Hackney", geoCode: "E09000012", geoCodeType: "LONB", countryCode: "GB" }, { name: "the Thames Valley" }],
      grantProgramme: [{ title: "Open Funding Call (Round 2)" }],
      classifications: [{ vocabulary: "fundtrace-theme", title: "children's social care" }],
    });
  });

  test("no name: '<recipient> grant'; qualified amounts are noted in the description; geoCodeType per GSS entity", () => {
    const grant = to360Giving(records, { prefix: PREFIX, schemas }).package.grants[1];
    expect(grant?.title).toBe("Islington Council grant");
    expect(grant?.description).toBe("Recipients: Islington Council. Places: Islington; Kent; Leeds. Announced amount: up to £771k.");
    expect(grant?.beneficiaryLocation?.map((l) => l.geoCodeType)).toEqual(["LONB", "CTY", "MD"]);
    expect(grant?.grantProgramme).toBeUndefined();
  });

  test("registration numbers are carried without prefix", () => {
    const grant = to360Giving(records, { prefix: PREFIX, schemas }).package.grants[2];
    expect(grant?.recipientOrganization).toEqual([{ id: "GB-CHC-264713", name: "Family Action", charityNumber: "264713" }]);
  });

  test("options fill gaps only where the caller says so: default funder, award date, organisation ids", () => {
    const { report, package: pkg } = to360Giving(records, {
      prefix: PREFIX,
      schemas,
      funder: { id: "GB-GOR-D6", name: "Department for Education" },
      defaultAwardDate: "2021-04-01",
      organisationIds: { "what works for children's social care": "GB-COH-11111111" },
      publisher: { name: "fundtrace", website: "https://fundtrace.dev" },
      meta: { license: "https://creativecommons.org/licenses/by/4.0/" },
    });
    expect(report.valid).toBe(true);
    expect(report.excluded.map((e) => e.record)).toEqual(["p_noamount", "p_nobody"]);
    expect(pkg.grants.find((g) => g.id.endsWith("p_nodate"))?.awardDate).toBe("2021-04-01");
    expect(pkg.grants.find((g) => g.id.endsWith("p_nofunder"))?.fundingOrganization).toEqual([{ id: "GB-GOR-D6", name: "Department for Education" }]);
    expect(pkg.grants[0]?.fundingOrganization[0]).toEqual({ id: "GB-COH-11111111", name: "What Works for Children's Social Care", companyNumber: "11111111" });
    expect(pkg.publisher).toEqual({ name: "fundtrace", website: "https://fundtrace.dev" });
    expect(pkg.license).toBe("https://creativecommons.org/licenses/by/4.0/");
  });

  test("a grant the schema rejects (unknown currency) is left out with the schema's reason", () => {
    const { report } = to360Giving([project(), project({ id: "p_zzz", amount: amount({ currency: "ZZZ" }) })], { prefix: PREFIX, schemas });
    expect(report.valid).toBe(true);
    expect(report.excluded).toHaveLength(1);
    expect(report.excluded[0]?.record).toBe("p_zzz");
    expect(report.excluded[0]?.issues[0]?.reason).toMatch(/^Expected \/currency must be equal to one of the allowed values, received "ZZZ"/);
  });

  test("a bad award date is caught by the schema", () => {
    const { report } = to360Giving([project({ firstAnnounced: "30/10/2020" })], { prefix: PREFIX, schemas });
    expect(report.valid).toBe(false);
    expect(report.excluded[0]?.issues.length).toBeGreaterThan(0);
    expect(report.issues.map((i) => i.ruleId)).toEqual(["360giving/empty"]);
  });

  test("duplicate grant ids: the second is left out", () => {
    const { report } = to360Giving([project({ id: "a b" }), project({ id: "a_b" })], { prefix: PREFIX, schemas });
    expect(report.included).toEqual(["a b"]);
    expect(report.excluded[0]?.issues[0]?.reason).toBe('Expected a unique grant id, received "360G-fundtrace-a_b" again (first from record a b)');
  });

  test("option problems are reported", () => {
    const { report } = to360Giving([project()], { prefix: "fundtrace", schemas, defaultAwardDate: "soon" });
    expect(report.issues.map((i) => i.reason)).toEqual([
      'Expected a registered prefix starting "360G-", received "fundtrace"',
      'Expected defaultAwardDate as YYYY-MM-DD, received "soon"',
    ]);
  });
});

describe("announcedAmount", () => {
  test.each([
    [amount(), null],
    [amount({ qualifier: "up-to", text: "£1.7m" }), "up to £1.7m"],
    [amount({ qualifier: "under", text: "£2m" }), "under £2m"],
    [amount({ text: "£30k", period: "year" }), "£30k per year"],
    [amount({ kind: "range", min: 42_403, max: 45_441, value: 45_441, text: "£42,403 - £45,441" }), "£42,403 - £45,441 (a range; the upper end is the amount awarded)"],
  ])("%#: %s", (a, words) => expect(announcedAmount(a)).toBe(words));
});

describe("formats", () => {
  test.each([["2020-10-30T12:00:00Z", true], ["2020-10-30T12:00:00.5+01:00", true], ["2020-02-30T12:00:00Z", false], ["2020-10-30", false]])(
    "isDateTime(%s) = %s",
    (text, expected) => expect(isDateTime(text)).toBe(expected),
  );
  test.each([["https://fundtrace.dev/x", true], ["mailto:a@b.c", true], ["fundtrace.dev", false], ["not a url", false]])(
    "isUri(%s) = %s",
    (text, expected) => expect(isUri(text)).toBe(expected),
  );
});

describe("grants360Rows", () => {
  test("360Giving column titles, in order", () => {
    expect(columnTitles(GRANT_360_COLUMNS)).toEqual([
      "Identifier",
      "Title",
      "Description",
      "Currency",
      "Amount Awarded",
      "Award Date",
      "Recipient Org:Identifier",
      "Recipient Org:Name",
      "Recipient Org:Charity Number",
      "Recipient Org:Company Number",
      "Funding Org:Identifier",
      "Funding Org:Name",
      "Grant Programme:Title",
      "Beneficiary Location:Name",
      "Beneficiary Location:Geographic Code",
      "Beneficiary Location:Geographic Code Type",
      "Beneficiary Location:Country Code",
      "Classifications:Title",
    ]);
  });

  test("one flat row per grant; written and read back", async () => {
    const { package: pkg } = to360Giving(records, { prefix: PREFIX, schemas });
    const rows = grants360Rows(pkg);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      "360G-fundtrace-p_isl",
      "Islington Council grant",
      "Recipients: Islington Council. Places: Islington; Kent; Leeds. Announced amount: up to £771k.",
      "GBP",
      "771000",
      "2021-03-01",
      "GB-LAE-ISL",
      "Islington Council",
      "",
      "",
      "360G-fundtrace-org-what-works-for-childrens-social-care",
      "What Works for Children's Social Care",
      "",
      "Islington; Kent; Leeds",
      "E09000019; E10000016; E08000035",
      "LONB; CTY; MD",
      "GB; GB; GB",
      "",
    ]);
    const dir = tempDir();
    const file = join(dir, "grants.csv");
    expect((await writeCsv(file, columnTitles(GRANT_360_COLUMNS), rows, { excel: true })).ok).toBe(true);
    expect(await parseCsv(readFileSync(file, "utf8"))).toEqual([columnTitles(GRANT_360_COLUMNS), ...rows]);
    expect((await writeJson(join(dir, "grants.json"), pkg)).ok).toBe(true);
  });
});
