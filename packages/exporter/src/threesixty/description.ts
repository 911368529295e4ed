import type { Amount, Project } from "@fundtrace/contract";

const sentence = (text: string): string => (/[.!?]$/u.test(text) ? text : `${text}.`);

/** How each qualifier reads in a description. */
const QUALIFIER_WORDS: Readonly<Record<Amount["qualifier"], string>> = { exact: "", "up-to": "up to ", about: "about ", over: "over ", under: "under " };

/**
 * The announced amount in words when it is not simply exact ("up to £1.7m", "£30k per year",
 * "£42,403 - £45,441 (a range; the upper end is the amount awarded)"); null when it is exact.
 */
export function announcedAmount(amount: Amount): string | null {
  if (amount.qualifier === "exact" && amount.kind === "single" && amount.period === null) return null;
  const period = amount.period ? ` per ${amount.period}` : "";
  const range = amount.kind === "range" ? " (a range; the upper end is the amount awarded)" : "";
  return `${QUALIFIER_WORDS[amount.qualifier]}${amount.text}${period}${range}`;
}

/** A grant title: the project's name, else "<recipient> grant" ("A and B grant", "A and 2 others grant"). */
export function grantTitle(project: Project): string | null {
  if (project.name) return project.name;
  const names = project.organisations.map((o) => o.name);
  if (names.length === 0) return null;
  const who = names.length <= 2 ? names.join(" and ") : `${names[0]} and ${names.length - 1} others`;
  return `${who} grant`;
}

/**
 * A grant description built only from what the record states: its name, recipients, programme, round, theme,
 * places, and how the amount was qualified ("Announced amount: up to £1.7m.").
 */
export function grantDescription(project: Project): string | null {
  const parts = [
    project.name,
    project.organisations.length > 0 ? `Recipients: ${project.organisations.map((o) => o.name).join("; ")}` : null,
    project.programme ? `Programme: ${project.programme}` : null,
    project.round ? `Round: ${project.round}` : null,
    project.theme ? `Theme: ${project.theme}` : null,
    project.places.length > 0 ? `Places: ${project.places.map((p) => p.name).join("; ")}` : null,
  ];
  const announced = project.amount ? announcedAmount(project.amount) : null;
  if (announced) parts.push(`Announced amount: ${announced}`);
  const text = parts.filter((p): p is string => !!p).map(sentence).join(" ");
  return text === "" ? null : text;
}
