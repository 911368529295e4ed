export { main, type Io } from "./cli.js";
export { help } from "./help.js";
