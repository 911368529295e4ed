/** Help texts, one per command. */
export const help = {
  main: `fundtrace: turn funding announcements into one clean, traceable record per funded project.

Usage:
  fundtrace pipeline [inputs...] [--out DIR] [options]   extract and reconcile; writes DIR/*
  fundtrace add <inputs...> --out DIR [options]          add new announcements to an existing DIR
  fundtrace explain <mentionA> <mentionB> [--out DIR]    why two mentions were or were not merged
  fundtrace help [command]                               this text, or a command's

Run 'fundtrace help <command>' for the options of a command.`,
  pipeline: `fundtrace pipeline [inputs...] [--out DIR] [options]

Reads every input (files, folders searched recursively for .txt/.md/.html, or - for standard
input), extracts funding mentions, reconciles them into records and writes to DIR:
  mentions.jsonl  one mention per line (the passage, recipients, amount, name, places, context)
  projects.json   {"projects": [...]}: one record per grant, with sources and conflicts
  projects.csv    one row per record (documented columns, RFC 4180, UTF-8)
  mentions.csv    one row per mention, with document, offsets and passage text
  report.html     a self-contained review page: records, highlighted sources, merges, conflicts
                  (up to 5 000 records and 5 million characters of source; it says what it leaves out)
  360giving.json  the records as a 360Giving package, 360giving.csv with 360Giving column titles,
                  and 360giving-report.json: which records lack which required field (never invented)
  run.json        every input with size and sha256, outputs, counts, unattached amounts, messages

Inputs default to ./seeds and DIR to ./out. A document's id is its file name without extension.

Options:
  --out DIR          output folder (default: out)
  --format LIST      writers to run, comma-separated: jsonl,json,csv,html,360giving (default: all;
                     mentions.jsonl, projects.json and run.json are always written)
  --prefix P         360Giving publisher prefix for grant ids (default: 360G-fundtrace)
  --funder-name N    360Giving funder for records whose text names none (with --funder-id)
  --funder-id ID     its org id, e.g. GB-GOR-D6
  --award-date D     360Giving award date (YYYY-MM-DD) for records with no announcement date
  --excel            add a byte order mark to the CSV files so Excel reads pound signs right
  --keep-formulas    do not neutralise cells starting with = + - @ tab or CR (unsafe in spreadsheets)
  --no-compromise    do not use compromise for prose sentences no rule explains
  --concurrency N    files read at once (default: number of cores)
  --quiet            print nothing but errors (otherwise, on a terminal, a status line
                     says which stage the run is in)
  -h, --help         this text

Exit codes: 0 all inputs processed; 1 some inputs could not be read (reasons in run.json);
2 usage error.`,
  add: `fundtrace add <inputs...> --out DIR [options]

Adds new announcements to the records already in DIR: the new mentions are reconciled against
the existing ones, existing records keep their ids, and when two records merge the older id
survives (the other becomes an alias). Same options as 'pipeline'.`,
  explain: `fundtrace explain <mentionA> <mentionB> [--out DIR]

Prints the evidence for and against putting two mentions (ids from DIR/mentions.jsonl) in one
record: each field compared, its weight, the constraint that kept them apart if any, and whether
the run merged them.

Options:
  --out DIR   the run's output folder (default: out)`,
} as const;
