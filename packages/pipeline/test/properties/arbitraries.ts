import fc from "fast-check";

/**
 * Pieces of scraped announcements, realistic and hostile: funding phrases in each layout the
 * extractor reads, and the inputs that break parsers (runs of "£", "((((", "1,1,1,…", capitals,
 * combining marks, right-to-left and zero-width characters, CRLF/CR mixes, HTML fragments,
 * lone surrogates).
 */
const funding = fc.constantFrom(
  "Hackney council has been awarded £2 million to test ‘contextual safeguarding theory’.",
  "Leeds City Council (£1.2m) to pilot a new service",
  "1) Lighthouse Parenting Programme, Bath and North East Somerset Council and Oxford Health NHS Foundation Trust – Working with parents",
  "2) Family Group Conferencing, Camden Council – up to £450,000",
  "Catch 22 & Cheshire East Council: Up to £1,234,567",
  "Durham University | £1.75m | Coastal Flood Sensors",
  "The Department for Education awarded £1.4m to Barnardo’s for the House Project in Stockport.",
  "An £11.6m investment will see the Mockingbird model extended across 40 councils.",
  "Wigan and Rochdale Councils have received nearly £500k",
  "£500,000 has been awarded to Leeds City Council",
  "Round 2 projects", "Round Two", "Targeted Funding Opportunity projects",
  "announced on 6 July 2017", "30/10/20", "9 May 2024",
  "Total awarded: £8.56m", "a £20m fund", "What Works for Children’s Social Care (WWCSC)",
  "The Fostering Network’s mockingbird model has been backed with £1m",
  "Up to £1.7m", "£42,403 - £45,441", "£1m-£2m", "€2,5", "$1,000,000.50", "350k", "nearly £2m", "more than £3bn",
);
const hostile = fc.constantFrom(
  "£", "££££££££", "((((", "))))", "((((((((((((", "1,1,1,1,1,1,1,1,1,1,1,", "1.1.1.1.1", "£1,1,1,1,1,1", "£((1))",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "COUNCIL COUNCIL COUNCIL COUNCIL", "THE AND OF AND THE", "Council and and and Council",
  "a\u0301\u0302\u0303\u0304\u0305", "\u0301\u0301\u0301", "e\u0308\u0332",
  "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u202e", "\u202d", "\u202c", "\u200f", "\u200e", "\u2066\u2067\u2068\u2069",
  "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad",
  "\r\n", "\r", "\n", "\r\r\n\n", "\n\r", "\r\n\r\n", "\u2028", "\u2029", "\u0085", "\f", "\t", "\u00a0", "\u3000",
  "<p>", "</p>", "<br>", "<li>", "<b>x</b>", "&amp;", "&pound;", "&#163;", "&nbsp;", "<script>x</script>", "<!-- c -->", "<a href=\"x\">",
  "\ud83d", "\ude00", "😀", "👩‍👩‍👧", "🇬🇧", "\u0000", "\u0007", "\u001b",
  "‘", "’", "“", "”", "–", "—", "-", "•", "|", ":", ";", "…", "/", "&", "'s", "’s",
);
const word = fc.constantFrom(
  "Council", "council", "Trust", "University", "Foundation", "NHS", "CCG", "Partnership", "Leeds", "Hackney", "Bristol",
  "Wigan", "and", "with", "the", "of", "to", "for", "has", "been", "awarded", "received", "funding", "grant", "project", "Project",
  "Programme", "up to", "nearly", "million", "m", "bn", "k", "£", "£1m", "£250,000", "1)", "(a)", "-", "•",
);
const space = fc.constantFrom(" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t");

export const piece = fc.oneof(
  { weight: 5, arbitrary: funding },
  { weight: 5, arbitrary: hostile },
  { weight: 6, arbitrary: word },
  { weight: 6, arbitrary: space },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(hostile, fc.integer({ min: 2, max: 40 })).map(([s, n]) => s.repeat(n)) },
);

/** Mostly funding phrases, so that extraction finds mentions to reconcile. */
export const fundingText = (maxPieces = 20) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: funding }, { weight: 3, arbitrary: space }, { weight: 1, arbitrary: hostile }, { weight: 2, arbitrary: word }), { maxLength: maxPieces }).map((parts) => parts.join(""));

/** A generated announcement: up to `maxPieces` pieces joined. */
export const messyText = (maxPieces = 60) => fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(""));

/** Random Unicode of any kind, lone surrogates included. */
export const anyText = (maxLength = 200) => fc.string({ unit: "binary", maxLength });

/** Mostly messy announcements, sometimes arbitrary Unicode. */
export const text = (maxPieces = 60) => fc.oneof({ weight: 4, arbitrary: messyText(maxPieces) }, { weight: 1, arbitrary: anyText() });

/** A few documents with distinct ids. */
export const documents = (maxDocs = 3, maxPieces = 40) =>
  fc.array(text(maxPieces), { minLength: 1, maxLength: maxDocs }).map((texts) => texts.map((t, i) => ({ id: `doc-${i}`, text: t })));
