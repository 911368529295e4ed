// Synthetic mentions for the benchmark: one grant reported in 1-3 documents with rounded amounts
// and varying written forms, organisations with several grants, some references. Deterministic
// (seeded).
//
// The organisation pool grows with N (one organisation per 20 mentions, about ten grants each),
// so every size has the same density of grants per organisation, as registers of real grants do
// (most recipients in real registers get a handful of grants). `organisations` fixes the pool instead:
// a fixed pool crowds more grants onto each organisation as N grows, a stress test of the
// blocking caps rather than a measure of scaling.
//
// Project names likewise: two words and a noun give about 18 000 names, and from 100 000 mentions
// up each further 100 000 adds a series word ("Kalomin Bright Futures Project"), so a name is
// shared by about as many grants at every size, as in real registers, where titles are mostly
// distinct. Below 150 000 mentions the names (and everything else) are unchanged. `fixedNames`
// keeps the 18 000 names at every size: at 1 000 000 each is shared by about 25 grants.
export function generate(N, { organisations, fixedNames = false } = {}) {
  let seed = 0x9e3779b9;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  
  const PLACES = "Ashford Barnet Bexley Bolton Brent Bury Crawley Croydon Dudley Ealing Exeter Gateshead Halton Harrow Hull Kirklees Knowsley Luton Medway Merton Newham Oldham Poole Reading Redbridge Rotherham Salford Sandwell Slough Solihull Sutton Swindon Tameside Telford Thurrock Trafford Walsall Wigan Wirral Wokingham York Barnsley Blackpool Bradford Calderdale Camden Cornwall Derby Dorset Durham Essex Halifax Kent Lambeth Leeds Norfolk Oxford Plymouth Preston Rochdale Sefton Sheffield Stockport Suffolk Sunderland Surrey Torbay Wakefield Warrington Wiltshire Worcester".split(" ");
  const WORDS = "Bright Futures Family Links Safe Steps Horizon Bridge Pathway Compass Beacon Harbour Anchor Lantern Meadow River Oak Willow Cedar Summit Spark Thrive Kinship Haven Circle Journey Roots Wings Together Unity Hope Rise Connect Forward Open Door Access Voice Youth Care Mind Health Learning Works Network Partnership Alliance Foundation Trust Society Action Aid".split(" ");
  const TYPES = ["Trust", "Foundation", "Ltd", "CIC", "Network", "Partnership", "Association", "Society", "Group", ""];
  const DOMAIN = "adoption fostering kinship residential mentoring therapy domestic abuse exploitation gangs housing leavers parenting court substance mental health schools police youth offending disability respite assessment workforce training data digital volunteers outreach hubs trauma early edge care reunification advocacy".split(" ");
  // a larger vocabulary of distinctive words (places, methods, partners) so passages differ like real ones
  const SYL = "ka lo mi ne ru sa te vo wi za bel cor dan fen gar hol jun kes lin mor".split(" ");
  const VOCAB = Array.from({ length: 3000 }, (_, k) => SYL[k % 20] + SYL[Math.floor(k / 20) % 20] + SYL[Math.floor(k / 400) % 20] + "n");
  
  // name series: none up to 150 000 mentions, then one more word per 100 000 (no random draws,
  // so the rest of the corpus is the same whatever the series)
  const NAME_SERIES = ["", ...VOCAB.slice(0, Math.max(1, Math.round(N / 100000)) - 1).map((w) => `${w[0].toUpperCase()}${w.slice(1)} `)];

  // organisations: councils (linked), charities (fingerprinted, some with acronyms)
  const ORGS = [];
  const ORG_COUNT = organisations ?? Math.max(200, Math.round(N / 20));
  for (let k = 0; k < ORG_COUNT; k++) {
    if (k % 3 === 0) {
      const place = `${pick(PLACES)}${k >= PLACES.length * 3 ? ` ${pick(["North", "South", "East", "West", "Upper", "Lower"])} ${k}` : ""}`;
      const link = { orgId: `GB-LAE-C${k}`, registerCode: `C${k}`, gss: `E0${String(k).padStart(7, "0")}`, officialName: place };
      ORGS.push({ forms: [`${place} Council`, `London Borough of ${place}`, `${place} County Council`, place], link });
    } else {
      const base = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${k}`;
      const type = pick(TYPES);
      ORGS.push({ forms: [`${base}${type ? ` ${type}` : ""}`, `The ${base}${type ? ` ${type}` : ""}`, base], link: null });
    }
  }
  
  const precisionOf = (v, sig) => 10 ** (Math.floor(Math.log10(v)) - sig + 1);
  const write = (v, precision) => {
    if (v >= 1e6) return `£${(v / 1e6).toFixed(Math.max(0, Math.round(6 - Math.log10(precision))))}m`;
    return `£${Math.round(v / 1000)}k`;
  };
  
  const mentions = [];
  const truth = [];
  const topics = [];
  let doc = 0;
  let inDoc = 0;
  let grant = 0;
  const grantName = [];
  while (mentions.length < N) {
    const orgA = Math.floor(rand() * ORG_COUNT);
    const orgs = rand() < 0.2 ? [orgA, Math.floor(rand() * ORG_COUNT)] : [orgA];
    const value = Math.round(10 ** (4.7 + rand() * 2.6) / 1000) * 1000;
    const named = rand() < 0.6;
    const series = fixedNames ? "" : NAME_SERIES[grant % NAME_SERIES.length];
    const name = named ? `${series}${pick(WORDS)} ${pick(WORDS)} ${pick(["Project", "Programme", "Model", "Hub", "Service", ""])}`.trim() : null;
    grantName.push(name);
    const round = 1 + Math.floor(rand() * 3);
    const date = `20${10 + Math.floor(rand() * 12)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-15`;
    const topic = [pick(DOMAIN), pick(DOMAIN), pick(DOMAIN), pick(VOCAB), pick(VOCAB), pick(VOCAB), pick(VOCAB), pick(VOCAB), pick(VOCAB)];
    const copies = rand() < 0.4 ? 1 : rand() < 0.67 ? 2 : 3;
    const docsUsed = new Set();
    for (let c = 0; c < copies && mentions.length < N; c++) {
      // documents hold ~20 mentions; copies go to later documents
      let d = doc + c * (1 + Math.floor(rand() * 50));
      while (docsUsed.has(d)) d++;
      docsUsed.add(d);
      const sig = rand() < 0.3 ? 1 : 3;
      const precision = precisionOf(value, sig);
      const stated = Math.round(value / precision) * precision;
      const i = mentions.length;
      const start = (i % 997) * 300;
      const organisations = orgs.map((o) => {
        const form = pick(ORGS[o].forms);
        return { name: form, start, end: start + form.length, role: "recipient", kind: ORGS[o].link ? "local-authority" : "charity", aliases: [], rule: "bench", link: ORGS[o].link };
      });
      const text = write(stated, precision);
      mentions.push({
        id: `m${i}`, doc: `d${String(d).padStart(7, "0")}`, start, end: start + 200, kind: "funding",
        name: name && rand() < 0.75 ? name : null, nameSpan: null, organisations,
        amount: { value: stated, currency: "GBP", qualifier: rand() < 0.2 ? "up-to" : "exact", text, start, end: start + text.length, qualifierSpan: null, kind: "single", min: null, max: null, precision, period: null, currencyInferred: false },
        places: [], round: rand() < 0.5 ? { text: `Round ${round}`, start: 0, end: 7 } : null, theme: null, funder: null, programme: null,
        announced: rand() < 0.5 ? { text: date, start: 0, end: 10, date } : null, rules: ["bench"],
      });
      truth.push(grant);
      topics.push(topic);
    }
    // a few references naming the grant
    if (name && rand() < 0.05 && mentions.length < N) {
      const i = mentions.length;
      mentions.push({ id: `m${i}`, doc: `d${String(doc + 3).padStart(7, "0")}`, start: 1, end: 100, kind: "reference", name, nameSpan: null, organisations: [], amount: null, places: [], round: null, theme: null, funder: null, programme: null, announced: null, rules: ["bench"] });
      truth.push(grant);
      topics.push(topic);
    }
    grant++;
    if (++inDoc >= 20) {
      inDoc = 0;
      doc++;
    }
  }
  const passageText = (m) => {
    const i = Number(m.id.slice(1));
    // each source words it differently: it keeps most of the grant's topic words, adds its own
    const own = [DOMAIN[(i * 31) % DOMAIN.length], VOCAB[(i * 7919) % VOCAB.length], VOCAB[(i * 104729) % VOCAB.length]];
    return `to ${topics[i].filter((_, k) => (k + i) % 4 !== 0).join(" ")} with ${own.join(" ")} in the area`;
  };
  return { mentions, truth, passageText, organisations: ORG_COUNT, grants: grant };
}
