import { readFileSync } from "node:fs";
import { createRegister, registerDataUrl, type RegisterData } from "../src/index.js";

/** The committed register data, read once per test file (tests may do I/O; src/ may not). */
export const registerData = JSON.parse(readFileSync(registerDataUrl, "utf8")) as RegisterData;
export const register = createRegister(registerData);
