import { readFileSync } from "node:fs";
import { registerDataUrl, type RegisterData } from "@fundtrace/authorities";

/** The committed register data, read once. */
export const register: RegisterData = JSON.parse(readFileSync(registerDataUrl, "utf8"));
