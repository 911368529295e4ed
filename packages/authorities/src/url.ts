/**
 * Where the committed register data lives (`data/register.json` in this package), as a file URL.
 * Reading it is the caller's I/O: `createRegister(JSON.parse(readFileSync(registerDataUrl, "utf8")))`.
 */
export const registerDataUrl: URL = new URL("../data/register.json", import.meta.url);
