/**
 * Help texts of `khabar dedupe` and `khabar link`.
 */

const INPUTS = `A path may be a JSON Lines file of records (*.jsonl, *.ndjson: the output
of 'khabar parse --format jsonl', {"id", "article"} lines, or bare records),
a raw article file, or a directory (searched recursively for *.txt files,
parsed as 'khabar parse' does); - or no path reads JSON Lines from standard
input. A record's id is its "id", else its "path", else file:line; a raw
file's id is its path.`;

export const DEDUPE_HELP = `Usage: khabar dedupe [options] [paths… | -]

Finds groups of near-duplicate articles: the same story saved twice, a
syndicated copy, a page that changed a little. Words are compared as search
keys, so diacritics, hamza and alef forms, ى/ي, ة/ه, tatweel and punctuation
style do not matter, and a copy that is cut short or has a line added is
still found.

${INPUTS}

Output: one JSON line per group, {"keep": id, "duplicates": [{"id", "similarity"}]},
the first article read being kept; articles without duplicates are not listed.

Options:
  -t, --threshold N   least similarity of duplicates, 0 to 1 (default 0.7: about
                      70% of the shorter article's three-word phrases are in the other)
  --max-bytes SIZE    the most bytes one input may have, e.g. 512K, 64M, 1G
                      (default 64M for a raw article, 512M for JSON Lines or
                      standard input); a longer input fails, read no further
  -o, --out FILE      write the output to FILE instead of standard output
  -q, --quiet         no progress line; failures are still named
  -h, --help          show this help

Progress is shown on standard error when it is a terminal.
`;

export const LINK_HELP = `Usage: khabar link [options] [paths… | -]

Resolves each related story (headline and teaser after the read-more label)
to the article it points at, among the articles read. A story whose article
is not among them links to nothing.

${INPUTS}

Output: one JSON line per link, {"from": id, "story": index in "related",
"title": the story's headline, "to": id, "score": 0 to 1}.

Options:
  -t, --threshold N   least score of a link, 0 to 1 (default 0.6)
  --max-bytes SIZE    the most bytes one input may have, e.g. 512K, 64M, 1G
                      (default 64M for a raw article, 512M for JSON Lines or
                      standard input); a longer input fails, read no further
  -o, --out FILE      write the output to FILE instead of standard output
  -q, --quiet         no progress line; failures are still named
  -h, --help          show this help

Progress is shown on standard error when it is a terminal.
`;
