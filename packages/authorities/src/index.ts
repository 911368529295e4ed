export type {
  AuthorityMatch,
  AuthorityMention,
  AuthorityRecord,
  FindOptions,
  MatchHow,
  RegisterData,
  RegisterSource,
  ResolveOptions,
  TextSpan,
} from "./types.js";
export { createRegister, type Register } from "./register.js";
export { registerDataUrl } from "./url.js";
export { normaliseAuthorityName, parseAuthorityName, type ParsedAuthorityName } from "./normalise.js";
export { resolveAuthority } from "./resolve.js";
export { resolveAuthorityList } from "./split.js";
export { findAuthorities } from "./find.js";
export { orgIdFor, linkFor } from "./link.js";
export { isFormer, pickByDate } from "./dates.js";
