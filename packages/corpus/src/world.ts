import { grantValue } from "./money.js";
import { projectName } from "./names.js";
import type { Org, OrgPool } from "./organisations.js";
import { POOLS, type Funder } from "./pools.js";
import { createRng, mixSeed, type Rng } from "./prng.js";

/** A funding programme: who funds it, how big the fund is, its rounds. */
export interface Programme {
  name: string;
  funder: Funder;
  /** The whole fund in pounds ("the £200m … fund"). */
  fundSize: number;
  sector: string;
}

/** How a passage names joint recipients. */
export type JointForm = "single" | "amp" | "and" | "with" | "partnership" | "plural";

/** One grant: the truth every text about it restates. */
export interface Grant {
  key: string;
  orgs: Org[];
  joint: JointForm;
  value: number;
  name: string | null;
  /** A generic description: "mentoring scheme". */
  activity: string;
  places: string[];
  programme: Programme;
  round: string | null;
  section: string | null;
  verb: string;
  object: string;
  extras: string[];
  /** A per-person amount inside the description (a trap). */
  trap: string | null;
  day: number;
  introduced: boolean;
  /** Some emitted passage gave the project's name. */
  nameStated: boolean;
  /** The last document that mentioned it (one mention per grant per document). */
  lastDoc: number;
}

/** A set of grants announced together (one list page, one press release). */
export interface Announcement {
  programme: Programme;
  round: string | null;
  day: number;
  grants: Grant[];
}

/** Counters carried across windows so keys and names stay unique in a stream. */
export interface StreamCounters {
  grants: number;
  names: number;
  nameOffset: number;
}

/**
 * A window of consecutive documents and the grants they talk about. Grants are announced and
 * restated only within their window, so a stream holds one window at a time.
 */
export class Window {
  readonly rng: Rng;
  readonly announcements: Announcement[] = [];
  readonly grants: Grant[] = [];
  private readonly programmes: Programme[] = [];

  constructor(
    seed: number,
    readonly index: number,
    readonly pool: OrgPool,
    private readonly counters: StreamCounters,
    /** The first day (from 2012-01-01) of the window's dates. */
    readonly startDay: number,
  ) {
    this.rng = createRng(mixSeed(seed, 0x51d, index));
  }

  programme(): Programme {
    const rng = this.rng;
    if (this.programmes.length > 0 && rng.chance(0.6)) return rng.pick(this.programmes);
    const f = POOLS.funders;
    const name = `${rng.pick(f.programmeThemes)} ${rng.pick(f.programmeKinds)}`;
    const p: Programme = { name, funder: rng.pick(f.funders), fundSize: rng.range(2, 60) * 5e6, sector: rng.pick(f.sectorNouns) };
    this.programmes.push(p);
    return p;
  }

  private pickOrg(exclude: Org | null): Org {
    const rng = this.rng;
    if (this.grants.length > 4 && rng.chance(0.08)) {
      const o = rng.pick(this.grants).orgs[0]!;
      if (o !== exclude) return o;
    }
    for (;;) {
      const o = rng.chance(0.4) ? rng.pick(this.pool.authorities) : rng.pick(this.pool.invented);
      if (o !== exclude) return o;
    }
  }

  /** A new grant in a programme and round. */
  grant(programme: Programme, round: string | null, section: string | null, day: number, named = 0.6): Grant {
    const rng = this.rng;
    const first = this.pickOrg(null);
    let orgs = [first];
    let joint: JointForm = "single";
    if (rng.chance(0.12)) {
      const second = this.pickOrg(first);
      orgs = [first, second];
      const simple = (p: string | null) => p !== null && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(p) && !/^(County|City) /.test(p);
      const bothCouncils = simple(first.place) && simple(second.place);
      joint = bothCouncils && rng.chance(0.5) ? "plural" : rng.pick(["amp", "and", "and", "with", "partnership"] as const);
    }
    const p = POOLS.purposes;
    const places = rng.chance(0.35) ? rng.sample(this.pool.places.filter((x) => !orgs.some((o) => o.place === x)), rng.range(1, 3)) : [];
    const g: Grant = {
      key: `g-${String(this.counters.grants++).padStart(6, "0")}`,
      orgs,
      joint,
      value: grantValue(rng),
      name: rng.chance(named) ? projectName(this.counters.names++, this.counters.nameOffset) : null,
      activity: rng.pick(POOLS.projects.genericActivity),
      places,
      programme,
      round,
      section,
      verb: rng.pick(p.verbs),
      object: rng.pick(p.objects).replace("{b}", rng.pick(p.beneficiaries)),
      extras: rng.sample(p.extras, rng.range(2, 5)),
      trap: rng.chance(0.03) ? rng.pick(p.traps).replace("{m}", rng.pick(p.trapAmounts)) : null,
      day,
      introduced: false,
      nameStated: false,
      lastDoc: -1,
    };
    this.grants.push(g);
    return g;
  }

  /** A new announcement of `size` grants. */
  announce(size: number, day: number, options: { round?: boolean; sections?: boolean; named?: number } = {}): Announcement {
    const rng = this.rng;
    const programme = this.programme();
    const round = options.round === false ? null : rng.chance(0.7) ? rng.pick(POOLS.funders.rounds) : null;
    const sections = options.sections && rng.chance(0.5) ? rng.sample(POOLS.funders.sectionThemes, rng.range(2, 3)) : [];
    const grants: Grant[] = [];
    for (let i = 0; i < size; i++) {
      const section = sections.length ? sections[Math.floor((i * sections.length) / size)]! : null;
      grants.push(this.grant(programme, round, section, day, options.named ?? 0.6));
    }
    const a: Announcement = { programme, round, day, grants };
    this.announcements.push(a);
    return a;
  }

  /** An earlier announcement with grants already introduced, for a restating text. */
  earlier(doc: number, minGrants = 1, needName = false): Announcement | null {
    const ok = (a: Announcement) =>
      a.grants.filter((g) => g.introduced && g.lastDoc !== doc && (!needName || (g.name && g.nameStated))).length >= minGrants;
    const candidates = this.announcements.filter(ok);
    return candidates.length ? this.rng.pick(candidates.slice(-6)) : null;
  }
}
