import { organisationTokens } from "./fingerprint.js";
import { GENERIC_ORGANISATION_WORDS } from "./words.js";

/**
 * The distinctive tokens of an organisation name, unique and sorted: its fingerprint tokens
 * without words that only say what kind of local body it is. "Hackney council" and
 * "London Borough of Hackney" both give ["hackney"].
 */
export function coreTokens(name: string): string[] {
  return [...new Set(organisationTokens(name).filter((t) => !GENERIC_ORGANISATION_WORDS.has(t)))].sort();
}
