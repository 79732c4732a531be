/**
 * A first run of a compiled normaliser over a short sample before its first
 * long text, so that the JavaScript engine has seen the common branches of
 * the loops before it compiles them.
 *
 * An engine such as V8 compiles a hot loop while it runs, from what the loop
 * has met so far. On a long text that happens after a few thousand units: a
 * branch not taken yet (the first ، or the first haraka) is left out, and
 * taking it later throws the compiled code away, so the loop runs slowly
 * until it is compiled again. The sample has those branches taken first.
 */

// Written for this purpose, of what most text holds: letters with single harakat, ، ؛ ؟, both
// kinds of digits, Latin, quotes and brackets, a dash, tatweel, a no-break space, a doubled space
// and line ends. Nothing that needs the slow path (mark clusters, presentation forms,
// joiners): a branch the loop has taken is compiled into it, and it made the loop slower.
const SAMPLE_LINE = 'قالَ الوزيرُ، في ١٥ آذار 2024: «الخطةُ ستُنفذ»؛ فهل تكفي؟  نعم — (ص ٣).\nكتـــاب\u00a0UNESCO.\r\n';

/** The sample: long enough that every loop turns many times. */
export const WARM_UP_TEXT = SAMPLE_LINE.repeat(8);

/**
 * Texts at least this long (in UTF-16 units) are preceded by the warm-up
 * run, once per compiled normaliser and variant. A shorter text is over
 * before the loop is compiled, and warming up for it made the per-line calls
 * that follow a little slower: the branches it takes are compiled in.
 */
export const WARM_UP_FROM = 1 << 14;
