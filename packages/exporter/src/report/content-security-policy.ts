import { createHash } from "node:crypto";

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The page's Content-Security-Policy: nothing may be fetched (no network, no images, fonts, frames or forms), and
 * only the page's own inline script and style sheet, named by their SHA-256, may run. Markup that slipped past
 * escaping could neither run a script nor an inline event handler.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
