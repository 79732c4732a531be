/**
 * The `contextual` policy for U+0670 SUPERSCRIPT ALEF. In Quranic spelling
 * the dagger alef stands for a long ā that modern spelling mostly writes with
 * a full alef (كِتَٰب → كتاب, ٱلرَّحۡمَٰن → الرحمان/الرحمن), but a handful of very
 * frequent words keep it silent in modern spelling (هٰذا، ذٰلك، لٰكن، إلٰه،
 * أولٰئك), and after ى or an alef it only repeats the alef sound (عَلَىٰ → على).
 *
 * Rule: the mark is dropped when it sits on ى or an alef, on ه before ذ or ؤ,
 * on ذ before ل, or on ل before ك, ه or ئ; otherwise it becomes ا. Without a
 * base letter it is dropped. The choice of this policy as the `search`
 * default was measured (docs/normalization.md, "Superscript alef").
 */

const ALEF_LIKE = new Set([0x0627, 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675, 0x0649]);

/**
 * Whether a superscript alef is silent, given the letter it sits on (after
 * composition, before letter folding; -1 for none) and the character after
 * its mark cluster (-1 at the end).
 */
export function isSuperscriptAlefSilent(base: number, next: number): boolean {
  if (base < 0 || ALEF_LIKE.has(base)) return true;
  switch (base) {
    case 0x0647: // ه: هٰذا هٰذه هٰؤلاء
      return next === 0x0630 || next === 0x0624;
    case 0x0630: // ذ: ذٰلك
      return next === 0x0644;
    case 0x0644: // ل: لٰكن، إلٰه، أولٰئك
      return next === 0x0643 || next === 0x0647 || next === 0x0626;
    default:
      return false;
  }
}
