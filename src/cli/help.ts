/**
 * The help texts of `khabar` and its commands. The normalisation options are
 * listed from the library's own table, so the help can never miss one.
 */
import { NORMALIZE_OPTION_NAMES, NORMALIZE_OPTION_VALUES, NORMALIZE_PRESETS } from '../normalize/option-values';
import { flagOf } from './args';

const PRESETS = NORMALIZE_PRESETS.join(' | ');

export const MAIN_HELP = `khabar: Arabic news articles to typed records, and Arabic normalisation

Usage:
  khabar parse [options] [paths… | -]       parse raw articles into records
  khabar normalize [options] [paths… | -]   normalise Arabic text, streaming
  khabar schema [--out FILE]                print the JSON Schema of a record
  khabar dedupe [options] [paths… | -]      find groups of near-duplicate articles
  khabar link [options] [paths… | -]        resolve related stories to articles
  khabar help [command]                     show help for a command

Options:
  -h, --help       show this help
  -v, --version    print the version

Exit codes: 0 every input processed, 1 some input failed (named on stderr;
the others are still processed), 2 bad usage.
`;

export const PARSE_HELP = `Usage: khabar parse [options] [paths… | -]

Parses raw article files into records. A path may be a file, a directory
(searched recursively for *.txt files, in name order) or - for standard input;
without paths, standard input is read. Bytes may be UTF-8, UTF-16 with a
byte-order mark, or windows-1256.

Options:
  -f, --format FORMAT    json: the record of one input, pretty-printed
                         jsonl: one line per input, {"path", "article", "diagnostics"}
                                or {"path", "error"}
                         markdown: each article as Markdown
                         (default: json for one file or -, jsonl otherwise)
  -n, --normalize NAME   normalise field text with a preset (${PRESETS}),
                         or 'none' to keep it as found (default: display)
      --strict           fail an input on any warning, not only on errors
      --label TEXT       one more read-more label to recognise (repeatable)
  -o, --out FILE         write the output to FILE instead of standard output;
                         FILE is replaced at the end, unless an input failed
                         (with jsonl, which records failures, it is replaced)
  -j, --jobs N           parse with N worker threads (default and most: one
                         per CPU core); the output is in input order whatever N is
      --max-bytes SIZE   the most bytes one input may have, e.g. 1048576, 512K,
                         64M, 1G (default: 64M); a larger input fails
      --follow-links     in a directory, also read links to files outside it
  -q, --quiet            no progress and no warnings; failures are still named
      --input KIND       raw: each input is one article (default)
                         jsonl: each line is a JSON object; one output line per
                                line, in order, an error record for a bad line
                                (--jobs defaults to 1 here)
      --field NAME       with --input jsonl, the field holding the article (default: raw)
  -h, --help             show this help

A directory walk reads regular files only; what it skips is named on standard
error. Warnings and errors go to standard error as 'file:line:column code
message', with the source line and a caret. Progress (files, MB/s, ETA) is
shown on standard error when it is a terminal.

Examples:
  khabar parse article.txt                       one record, pretty JSON
  khabar parse --jobs 4 archive/ -o archive.jsonl
                                                 every .txt file, one line each
  curl -s URL | khabar parse --normalize search  standard input
  khabar parse --format markdown --quiet a.txt b.txt > digest.md
`;

function ruleOptionLines(): string {
  const width = Math.max(...NORMALIZE_OPTION_NAMES.map((name) => flagOf(name).length)) + 7;
  return NORMALIZE_OPTION_NAMES.map((name) => {
    const flag = `${flagOf(name)} VALUE`.padEnd(width);
    return `      ${flag}${NORMALIZE_OPTION_VALUES[name].join(' | ')}`;
  }).join('\n');
}

export const NORMALIZE_HELP = `Usage: khabar normalize [options] [paths… | -]

Normalises Arabic text as it streams: files of any size in constant memory,
output in input order. A path may be a file or - for standard input; without
paths, standard input is read.

Options:
  -p, --preset NAME      base preset: ${PRESETS} (default: display)
  -e, --encoding NAME    utf-8 | utf-16le | utf-16be | windows-1256
                         (default: a byte-order mark decides, else utf-8)
  -o, --out FILE         write the output to FILE instead of standard output;
                         FILE is replaced only when every input succeeds
      --input KIND       raw: each input is one text (default)
                         jsonl: each line is a JSON object whose field is
                                normalised; one output line per line, in order
      --field NAME       with --input jsonl, the field holding the text (default: raw)
  -j, --jobs N           with --input jsonl, normalise with N worker threads (default: 1)
  -h, --help             show this help

Rule options override the preset, one rule each:
${ruleOptionLines()}

Examples:
  khabar normalize --preset search corpus.txt > corpus.search.txt
  zcat dump.txt.gz | khabar normalize --preset search --digits keep
  khabar normalize --diacritics strip --tatweel remove verses.txt -o plain.txt
  khabar normalize --encoding windows-1256 old-site/*.txt > old-site.txt
`;

export const SCHEMA_HELP = `Usage: khabar schema [--out FILE]

Prints the JSON Schema (draft 2020-12) of the record that 'khabar parse'
writes; the package ships the same document as khabar/schema.json.

Options:
  -o, --out FILE   write the schema to FILE instead of standard output
  -h, --help       show this help
`;
