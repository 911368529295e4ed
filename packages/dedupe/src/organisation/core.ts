import { organisationTokens } from "./fingerprint.js";
import { GENERIC_ORGANISATION_WORDS } from "./words.js";

/**
 * The distinctive tokens of an organisation name, unique and sorted: its fingerprint tokens
 * without words that only say what kind of local body it is. "Hackney council" and
 * "London Borough of Hackney" both give ["hackney"].
 */
export function coreTokens(name: string): string[] {
  return coreOf(organisationTokens(name));
}

/** The distinctive tokens of a name's tokens (see `coreTokens`), for callers that have them already. */
export function coreOf(tokens: readonly string[]): string[] {
  return [...new Set(tokens.filter((t) => !GENERIC_ORGANISATION_WORDS.has(t)))].sort();
}
