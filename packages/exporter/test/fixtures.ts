import type { Amount, Mention, Project } from "@fundtrace/contract";

/** An amount with every contract field; override what a test cares about. */
export function amount(overrides: Partial<Amount> = {}): Amount {
  return {
    value: 5_000_000,
    currency: "GBP",
    qualifier: "exact",
    text: "£5m",
    start: 0,
    end: 3,
    qualifierSpan: null,
    kind: "single",
    min: null,
    max: null,
    precision: 1_000_000,
    period: null,
    currencyInferred: false,
    ...overrides,
  };
}

/** A complete, valid record: two recipients (one linked), an amount, a London borough, one conflict. */
export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: "p_3f9a0c1d2e4b",
    aliases: [],
    name: "Lighthouse Parenting Programme",
    organisations: [
      {
        name: "Hackney Council",
        key: "HCK",
        aliases: [],
        link: { orgId: "GB-LAE-HCK", registerCode: "HCK", gss: "E09000012", officialName: "London Borough of Hackney" },
      },
      { name: "Oxford Health NHS Foundation Trust", key: "oxford health nhs foundation trust", aliases: [], link: null },
    ],
    amount: amount(),
    conflicts: [
      {
        field: "amount",
        values: [
          { value: 5_000_000, mentions: ["m_a", "m_b"] },
          { value: 4_850_000, mentions: ["m_c"] },
        ],
      },
    ],
    mentions: ["m_a", "m_b", "m_c"],
    sources: [
      { doc: "doc-1", mention: "m_a", kind: "funding", start: 0, end: 40 },
      { doc: "doc-2", mention: "m_b", kind: "funding", start: 10, end: 60 },
      { doc: "doc-1", mention: "m_c", kind: "reference", start: 80, end: 120 },
    ],
    round: "Round 2",
    theme: "children's social care",
    funder: "What Works for Children's Social Care",
    programme: "Open Funding Call",
    places: [
      { name: "Hackney", gss: "E09000012" },
      { name: "the Thames Valley", gss: null },
    ],
    firstAnnounced: "2020-10-30",
    lastAnnounced: "2020-11-02",
    provenance: { amount: "m_a", name: "m_a" },
    ...overrides,
  };
}

/** A funding mention with one recipient, one partner, an amount and a place. */
export function mention(overrides: Partial<Mention> = {}): Mention {
  return {
    id: "m_a",
    doc: "doc-1",
    start: 0,
    end: 40,
    kind: "funding",
    name: "Lighthouse",
    nameSpan: null,
    organisations: [
      { name: "Hackney Council", start: 0, end: 15, role: "recipient", kind: "local-authority", aliases: [], rule: "test", link: null },
      { name: "Oxford Health", start: 20, end: 33, role: "partner", kind: "nhs", aliases: [], rule: "test", link: null },
    ],
    amount: null,
    places: [{ name: "Hackney", start: 0, end: 7, link: null }],
    round: { text: "Round 2", start: 0, end: 7 },
    theme: null,
    funder: null,
    programme: null,
    announced: null,
    rules: ["test"],
    ...overrides,
  };
}
