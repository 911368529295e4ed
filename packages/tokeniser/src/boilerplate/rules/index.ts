import type { BoilerplateRule } from "../rule.js";
import { advertRule } from "./advert.js";
import { commentsRule } from "./comments.js";
import { jobAdvertRule } from "./job-advert.js";
import { loginRule } from "./login.js";
import { mediaFileRule } from "./media-file.js";
import { navigationRule } from "./navigation.js";
import { popularArticlesRule } from "./popular-articles.js";
import { pressContactRule } from "./press-contact.js";

/** Every boilerplate rule, in priority order: when two rules claim a block, the earlier one names it. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  commentsRule,
  loginRule,
  mediaFileRule,
  jobAdvertRule,
  popularArticlesRule,
  advertRule,
  pressContactRule,
  navigationRule,
];
