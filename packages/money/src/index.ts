export { eachMoney, findMoney, scanMoney, RULES, type MoneyScan } from "./scan.js";
export { parseMoney, parseMoneyResult, type ParseOptions } from "./parse.js";
export type { MoneyOptions } from "./options.js";
