import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenise, type Tokenised } from "@fundtrace/tokeniser";
import { checkInvariants } from "./invariants.js";

const read = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
/** Each block as [text with line breaks shown as ⏎, kind, ruleId]. */
const summary = (t: Tokenised): Array<[string, string, string | null]> =>
  t.blocks.map((b) => [t.text.slice(b.start, b.end).replace(/\r\n|\r|\n/g, "⏎"), b.kind, b.boilerplate?.ruleId ?? null]);
const contentOf = (t: Tokenised): string[] => summary(t).filter(([, k]) => k !== "boilerplate").map(([s]) => s);

const FIXTURES = ["press-release.txt", "news-article.txt", "blog-post.txt", "blog-index.txt", "list-page.txt"];

describe("fixtures", () => {
  it.each(FIXTURES)("%s keeps every invariant, and the same kinds with LF, CRLF or CR line endings", (name) => {
    const text = read(name);
    const t = tokenise(text);
    checkInvariants(text, t);
    const lf = text.replace(/\r\n|\r/g, "\n");
    const kinds = (s: string) => summary(tokenise(s)).map(([, k, r]) => [k, r]);
    expect(kinds(lf)).toEqual(kinds(text));
    expect(kinds(lf.replace(/\n/g, "\r\n"))).toEqual(kinds(text));
    expect(kinds(lf.replace(/\n/g, "\r"))).toEqual(kinds(text));
  });

  it("press release (CRLF): keeps notes to editors, drops the navigation, contacts and share footer", () => {
    const t = tokenise(read("press-release.txt"));
    expect(contentOf(t)).toEqual([
      "£4.5 million to keep rural arts venues open",
      "From: Department for Culture and Heritage",
      "Published 12 March 2024",
      expect.stringMatching(/^Twenty-three village halls/),
      expect.stringMatching(/^The fund, run with the Northern Arts Trust/),
      "The largest awards are:",
      expect.stringMatching(/^• Fellside Touring Theatre – £420,000/),
      expect.stringMatching(/^• The Old School Hall/),
      expect.stringMatching(/^• Cinema on Wheels CIC/),
      expect.stringMatching(/^Culture Minister Tom Reeve said/),
      "Notes to editors",
      expect.stringMatching(/^1\. The Rural Arts Resilience Fund/),
      expect.stringMatching(/^2\. A full list/),
    ]);
    const kind = (prefix: string) => summary(t).find(([s]) => s.startsWith(prefix))!;
    expect(kind("Notes to editors")[1]).toBe("heading");
    expect(kind("£4.5 million")[1]).toBe("heading");
    expect(kind("• Fellside")[1]).toBe("list-item");
    expect(kind("Skip to main content")[2]).toBe("boilerplate/navigation");
    expect(kind("Home › News")[2]).toBe("boilerplate/navigation");
    expect(kind("Share this page")[2]).toBe("boilerplate/navigation");
    expect(kind("LinkedIn")[2]).toBe("boilerplate/navigation");
    expect(kind("ENDS")[2]).toBe("boilerplate/press-contact");
    expect(kind("Email: press@")[2]).toBe("boilerplate/press-contact");
    expect(kind("© Crown copyright")[2]).toBe("boilerplate/navigation");
    // "Dr." does not end the sentence; "e.g." neither
    const fund = t.blocks.find((b) => t.text.slice(b.start).startsWith("The fund, run"))!;
    expect(t.sentences.filter((s) => s.block === fund.index).map((s) => t.text.slice(s.start, s.end))).toEqual([
      "The fund, run with the Northern Arts Trust, supports venues that serve communities more than 10 miles from a permanent theatre (e.g. hill farms and island villages).",
      "Dr. Amira Patel, who chaired the panel, said the standard was high.",
    ]);
  });

  it("news article: drops the cookie banner, menu, caption, related and most-read lists, keeps the story around them", () => {
    const t = tokenise(read("news-article.txt"));
    expect(contentOf(t)).toEqual([
      "Coastal research centre wins $2.5m to study storm surges",
      "By Jane Doe, Science Correspondent",
      expect.stringMatching(/^The Atlantic Shoreline Institute has been awarded \$2\.5m/),
      expect.stringMatching(/^The grant, announced on Tuesday/),
      expect.stringMatching(/^The foundation also gave €800,000/),
      "Funding decisions were made by an independent panel in October.",
    ]);
    const rules = summary(t).map(([s, , r]) => [s.slice(0, 20), r]);
    expect(rules.filter(([, r]) => r === "boilerplate/login")).toHaveLength(3);
    expect(rules).toContainEqual(["Related articles", "boilerplate/popular-articles"]);
    expect(rules).toContainEqual(["Why are winter storm", "boilerplate/popular-articles"]);
    expect(rules).toContainEqual(["Advertisement", "boilerplate/advert"]);
    expect(rules).toContainEqual(["Lifeboat crew rescue", "boilerplate/popular-articles"]);
    expect(rules).toContainEqual(["Photo: A flooded pro", "boilerplate/media-file"]);
    expect(rules).toContainEqual(["News | Sport | Busin", "boilerplate/navigation"]);
  });

  it("blog post: keeps the post and its (a)/(b)/(c) list, drops tags, sharing and the whole comment section", () => {
    const t = tokenise(read("blog-post.txt"));
    expect(contentOf(t)).toEqual([
      "Youth Clubs Network – Blog",
      "Posted on 3 May 2019 by admin",
      "Three new grants for youth clubs in the Valleys",
      expect.stringMatching(/^We are thrilled/),
      "The awards are:",
      expect.stringMatching(/^\(a\) Cwm Youth Project – £45,000/),
      expect.stringMatching(/^\(b\) Riverside Boxing Club/),
      expect.stringMatching(/^\(c\) Hilltop Girls’ Football/),
      expect.stringMatching(/^Each club will report back.*👍🏽\.$/),
    ]);
    const s = summary(t);
    const header = s.findIndex(([x]) => x.startsWith("5 Responses to"));
    expect(s[header]![2]).toBe("boilerplate/comments");
    expect(s.slice(header).every(([, k]) => k === "boilerplate")).toBe(true);
    expect(s.find(([x]) => x.startsWith("Brilliant news"))![2]).toBe("boilerplate/comments");
    expect(s.find(([x]) => x.startsWith("Tags:"))![2]).toBe("boilerplate/navigation");
    expect(s.find(([x]) => x === "Three new grants for youth clubs in the Valleys")![1]).toBe("heading");
    expect(s.find(([x]) => x === "Posted on 3 May 2019 by admin")![1]).toBe("paragraph");
  });

  it("blog index: 'Leave a comment' under each post does not swallow the next post", () => {
    const t = tokenise(read("blog-index.txt"));
    expect(summary(t)).toEqual([
      ["Community Garden Trust – News", "heading", null],
      ["Orchard project funded", "heading", null],
      [expect.stringMatching(/^The Lowfield Orchard group/), "paragraph", null],
      ["Leave a comment", "boilerplate", "boilerplate/comments"],
      ["Beekeeping course gets support", "heading", null],
      [expect.stringMatching(/^Meadow Bees CIC/), "paragraph", null],
      ["Leave a comment", "boilerplate", "boilerplate/comments"],
      ["Older posts", "boilerplate", "boilerplate/navigation"],
    ]);
  });

  it("list page (lone CR, tabs, NBSP): entries ending 'Evaluation report' are content, headings found", () => {
    const t = tokenise(read("list-page.txt"));
    expect(summary(t).map(([s, k]) => [s.slice(0, 24), k])).toEqual([
      ["Grants awarded 2022/23", "heading"],
      ["Capital grants", "heading"],
      ["Northfield Community Cen", "paragraph"],
      ["St Anne’s Church Hall (W", "paragraph"],
      ["Hope Street Food Bank: £", "paragraph"],
      ["Revenue grants", "heading"],
      ["Youth Arts Collective (£", "paragraph"],
      ["Carers’ Support Line: £2", "paragraph"],
    ]);
  });
});
