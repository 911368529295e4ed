import { describe, expect, it } from "vitest";
import { BOILERPLATE_RULE_IDS, tokenise, type Tokenised } from "@fundtrace/tokeniser";

const PROSE = "The Rivers Trust has been awarded £250,000 to restore three miles of chalk stream over two years.";
const PROSE2 = "Work starts in the spring and volunteers from four villages will help plant the banks.";

/** Block text → ruleId (null for content). */
const rules = (t: Tokenised): Array<[string, string | null]> => t.blocks.map((b) => [t.text.slice(b.start, b.end), b.boilerplate?.ruleId ?? null]);
const ruleOf = (text: string, block: string): string | null => {
  const t = tokenise(text);
  const b = t.blocks.find((x) => t.text.slice(x.start, x.end) === block);
  if (!b) throw new Error(`no block ${block}`);
  return b.boilerplate?.ruleId ?? null;
};
const doc = (...parts: string[]): string => parts.join("\n\n");

describe("boilerplate rules", () => {
  it("lists its ruleIds", () => {
    expect([...BOILERPLATE_RULE_IDS].sort()).toEqual([
      "boilerplate/advert",
      "boilerplate/comments",
      "boilerplate/job-advert",
      "boilerplate/login",
      "boilerplate/media-file",
      "boilerplate/navigation",
      "boilerplate/popular-articles",
      "boilerplate/press-contact",
    ]);
  });

  describe("boilerplate/comments", () => {
    it.each(["2 Responses to Big news for the valley", "3 thoughts on “Big news”", "One comment on Big news", "Comments (4)", "comments powered by Disqus", "You are commenting using your WordPress.com account. Log Out / Change )", "Leave a Reply", "Join the discussion"])(
      "%s opens a comment section to the end of the document",
      (header) => {
        const t = tokenise(doc(PROSE, header, PROSE2, "Great stuff", PROSE));
        expect(rules(t).map(([, r]) => r)).toEqual([null, ...Array(4).fill("boilerplate/comments")]);
        expect(t.blocks[2]!.boilerplate!.reason).toContain("comment section");
      },
    );
    it.each(["Leave\u00a0a \u200b Reply", "3  thoughts\ton \u201cBig news\u201d", "\u2060Join the discussion\ufeff"])(
      "%j is read as its plain form: gaps collapsed, quotes straightened",
      (header) => {
        const t = tokenise(doc(PROSE, header, PROSE2));
        expect(rules(t).map(([, r]) => r)).toEqual([null, "boilerplate/comments", "boilerplate/comments"]);
      },
    );
    it("takes a dated comment header after the article, and the name line above it", () => {
      const t = tokenise(doc(PROSE, "Sarah Jones", "March 22, 2017 at 5:04 pm", "Any money coming up North???", "Reply"));
      expect(rules(t).map(([, r]) => r)).toEqual([null, ...Array(4).fill("boilerplate/comments")]);
      expect(ruleOf(doc(PROSE, "Paul Owen 23 March 2017 at 10:18 am #", PROSE2), PROSE2)).toBe("boilerplate/comments");
    });
    it("does not take publication stamps, or a date-time line above the article, for comments", () => {
      expect(ruleOf(doc(PROSE, "Published March 22, 2017 at 5:04 pm", PROSE2), PROSE2)).toBeNull();
      expect(ruleOf(doc("Jane Doe March 22, 2017 at 5:04 pm", PROSE, PROSE2), PROSE2)).toBeNull();
      expect(ruleOf(doc(PROSE, "Comments from the minister were welcomed by the panel and by local groups.", PROSE2), PROSE2)).toBeNull();
    });
    it("marks a 'Leave a comment' prompt alone, so posts after it on an index page survive", () => {
      const t = tokenise(doc("Orchard project funded", PROSE, "Leave a comment", "Beekeeping course gets support", PROSE2, "Leave a comment"));
      expect(rules(t)).toEqual([
        ["Orchard project funded", null],
        [PROSE, null],
        ["Leave a comment", "boilerplate/comments"],
        ["Beekeeping course gets support", null],
        [PROSE2, null],
        ["Leave a comment", "boilerplate/comments"],
      ]);
    });
  });

  describe("boilerplate/job-advert", () => {
    it("takes a job label with the employer and title around it, up to the next prose", () => {
      const t = tokenise(doc(PROSE, "Northshire County Council", "Senior Practitioner - Fostering", "Job of the week", "£38,000 - £41,500 per annum", "Apply now", PROSE2));
      expect(rules(t).map(([, r]) => r)).toEqual([null, ...Array(5).fill("boilerplate/job-advert"), null]);
    });
    it.each(["£42,403 - £45,441", "£35,000 per annum", "Salary: £30k - £35k", "$52,000 to $60,000 a year"])("takes a salary standing alone: %s", (salary) => {
      expect(ruleOf(doc(PROSE, salary, PROSE2), salary)).toBe("boilerplate/job-advert");
    });
    it("does not reach back over list items or lines with an amount", () => {
      const t = tokenise(doc(PROSE, "- Blue Cabin – £1.97m for life story work", "Riverside Boxing Club – £18,500", "Job of the week", "Youth Worker"));
      expect(rules(t).map(([, r]) => r)).toEqual([null, null, null, "boilerplate/job-advert", "boilerplate/job-advert"]);
    });
    it("leaves a theme heading called 'Jobs' alone", () => {
      const t = tokenise(doc(PROSE, "Jobs", "Northshire Works – £2m", PROSE2));
      expect(rules(t).map(([, r]) => r)).toEqual([null, null, null, null]);
    });
    it("leaves grant amounts alone", () => {
      for (const line of ["£1.3m", "Up to £1.7m", "£42,403 was awarded to the trust for new windows."]) {
        expect(ruleOf(doc(PROSE, line, PROSE2), line)).toBeNull();
      }
    });
  });

  describe("boilerplate/popular-articles", () => {
    it.each(["Most popular articles today", "Related articles", "More from Community Care", "You may also like", "Most read"])(
      "%s takes the titles after it, and stops at prose",
      (label) => {
        const t = tokenise(doc(PROSE, label, "Sea walls fail inspection", "Why are storms getting stronger?", PROSE2));
        expect(rules(t).map(([, r]) => r)).toEqual([null, ...Array(3).fill("boilerplate/popular-articles"), null]);
      },
    );
    it("does not take a label inside a sentence", () => {
      expect(ruleOf(doc("Related articles were published by the trust last year, and more will follow soon.", PROSE), PROSE)).toBeNull();
    });
  });

  describe("boilerplate/advert", () => {
    it("takes sponsored content and advertisement labels", () => {
      expect(rules(tokenise(doc(PROSE, "Sponsored Content", "What's new today:", "Supporting students", PROSE2))).map(([, r]) => r)).toEqual([
        null,
        "boilerplate/advert",
        "boilerplate/popular-articles",
        "boilerplate/popular-articles",
        null,
      ]);
      expect(ruleOf(doc(PROSE, "Advertisement", PROSE2), "Advertisement")).toBe("boilerplate/advert");
    });
  });

  describe("boilerplate/media-file", () => {
    it.each(["SWT_SideAd1.png", "hero-image.JPG", "Photo: pressmaster/Fotolia (posed by models)", "Image credit: Getty", "Picture by John Smith", "Twitter picture", "Logo"])("takes %s", (line) => {
      expect(ruleOf(doc(PROSE, line, PROSE2), line)).toBe("boilerplate/media-file");
    });
    it("leaves sentences about photos alone", () => {
      const line = "Photographs of the new centre show the garden.";
      expect(ruleOf(doc(PROSE, line, PROSE2), line)).toBeNull();
    });
  });

  describe("boilerplate/login", () => {
    it.each([
      "We use cookies to give you the best experience. By continuing to browse you agree to our cookie policy.",
      "This website uses analytics cookies.",
      "Accept all cookies",
      "Log in / Register",
      "Fill in your details below or click an icon to log in: Logo",
      "You must be logged in to post a comment.",
    ])("takes %s", (line) => {
      expect(ruleOf(doc(PROSE, line, PROSE2), line)).toBe("boilerplate/login");
    });
  });

  describe("boilerplate/navigation", () => {
    it("takes a menu at the top: a run of short lines with a known link", () => {
      const t = tokenise(doc("top of page\nAdults'\nAll features\nTraining", "Big grant for rivers", PROSE));
      expect(rules(t).map(([, r]) => r)).toEqual([...Array(4).fill("boilerplate/navigation"), null, null]);
    });
    it("takes a long run of bare short lines above the article, but not a title and date", () => {
      expect(rules(tokenise(doc("Adults\nChildren\nTraining\nEvents\nJobs board\nAwards", PROSE))).filter(([, r]) => r === null)).toEqual([[PROSE, null]]);
      expect(rules(tokenise(doc("Big grant for rivers\n12 May 2021", PROSE))).every(([, r]) => r === null)).toBe(true);
    });
    it.each(["Share this page", "Skip to main content", "Home | News | Contact us", "Home › News › Grants", "Tags: funding, rivers", "© 2024 Rivers Trust. All rights reserved.", "Privacy policy", "bottom of page"])(
      "takes %s",
      (line) => {
        expect(ruleOf(doc(PROSE, line, PROSE2), line)).toBe("boilerplate/navigation");
      },
    );
    it("leaves bylines and short headings alone", () => {
      for (const line of ["By Dr Michael Sanders | 25 November 2020", "Staying Close", "Round 2 projects"]) {
        expect(ruleOf(doc(PROSE, line, PROSE2), line)).toBeNull();
      }
    });
  });

  describe("boilerplate/press-contact", () => {
    it("takes end markers and media contact lines, but not notes to editors", () => {
      const t = tokenise(doc(PROSE, "Notes to editors", "1. The fund opened in 2023.", "ENDS", "Media enquiries", "Email: press@example.org", "020 7946 0000"));
      expect(rules(t).map(([, r]) => r)).toEqual([null, null, null, ...Array(4).fill("boilerplate/press-contact")]);
      for (const phone of ["+44 20 7946 0000", "01632 960000"]) expect(ruleOf(doc(PROSE, phone, PROSE2), phone)).toBe("boilerplate/press-contact");
    });
    it("leaves year ranges and plain numbers alone", () => {
      for (const line of ["2023-2024", "2022 2023", "12 345"]) expect(ruleOf(doc(PROSE, line, PROSE2), line)).toBeNull();
    });
  });

  describe("options", () => {
    it("disableRules skips a rule; boilerplate: false skips them all", () => {
      const text = doc(PROSE, "Job of the week", "Share", PROSE2);
      expect(rules(tokenise(text, { disableRules: ["boilerplate/job-advert"] })).map(([, r]) => r)).toEqual([null, null, "boilerplate/navigation", null]);
      expect(tokenise(text, { boilerplate: false }).blocks.every((b) => b.boilerplate === null && b.kind !== "boilerplate")).toBe(true);
    });
    it("keeps the layout kind of a boilerplate block", () => {
      const t = tokenise(doc(PROSE, "- Share"));
      expect(t.blocks[1]).toMatchObject({ kind: "boilerplate", layout: "list-item", boilerplate: { ruleId: "boilerplate/navigation" } });
    });
  });
});
