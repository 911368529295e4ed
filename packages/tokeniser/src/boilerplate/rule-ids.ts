import { BOILERPLATE_RULES } from "./rules/index.js";

/** The ruleIds a block's `boilerplate.ruleId` can take, in priority order. */
export const BOILERPLATE_RULE_IDS: readonly string[] = BOILERPLATE_RULES.map((r) => r.id);
