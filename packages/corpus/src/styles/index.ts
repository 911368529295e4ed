import type { DocContext } from "../context.js";
import type { Style } from "../types.js";
import { writeBlog } from "./blog.js";
import { writeBullets } from "./bullets.js";
import { writeColonList } from "./list-colon.js";
import { writeNumberedList } from "./list-numbered.js";
import { writeParenList } from "./list-paren.js";
import { writeNews } from "./news.js";
import { writePage } from "./page.js";
import { writePress } from "./press.js";
import { writeTable } from "./table.js";

/** How often each style is written, by default. */
export const DEFAULT_STYLE_WEIGHTS: Readonly<Record<Style, number>> = {
  "list-paren": 9,
  "list-colon": 8,
  "list-numbered": 5,
  table: 5,
  bullets: 6,
  news: 30,
  press: 12,
  blog: 15,
  page: 10,
};

/** The writer of each style; it returns the style it wrote when it fell back to another. */
export const WRITERS: Readonly<Record<Style, (ctx: DocContext) => Style | void>> = {
  "list-paren": writeParenList,
  "list-colon": writeColonList,
  "list-numbered": writeNumberedList,
  table: writeTable,
  bullets: writeBullets,
  news: writeNews,
  press: writePress,
  blog: writeBlog,
  page: writePage,
};
