/**
 * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) and what they become.
 *
 * The letter table is built on first use from the runtime's NFKC, one code
 * point at a time, minus NFKC's artefacts: the isolated and medial harakat
 * forms (U+FE70–FE7F) and the shadda ligatures (U+FC5E–FC63, U+FCF2–FCF4)
 * decompose to a space or a tatweel followed by marks; here they become
 * the bare marks, which then attach to the preceding letter like any other
 * mark. Lam-alef ligatures keep their hamza or madda (ﻷ → لأ), as NFKC does.
 * The honorific ligatures are not letters: they are kept unless the
 * `honorifics: 'expand'` option asks for their words.
 */

/** U+FDFC RIAL SIGN: a currency symbol, kept (NFKC would spell it with a Persian yeh). */
export const RIAL_SIGN = 0xfdfc;

/**
 * Honorific and blessing ligatures and the words they stand for. ﷺ and ﷻ
 * spell out as NFKC does; the others have no decomposition in Unicode.
 */
export const HONORIFIC_EXPANSIONS: ReadonlyMap<number, string> = new Map([
  [0xfdfa, 'صلى الله عليه وسلم'], // ﷺ
  [0xfdfb, 'جل جلاله'], // ﷻ
  [0xfdfd, 'بسم الله الرحمن الرحيم'], // ﷽
  [0xfdfe, 'سبحانه وتعالى'], // ﷾
  [0xfdff, 'عز وجل'], // ﷿
  [0xfd40, 'رحمه الله'],
  [0xfd41, 'رضي الله عنه'],
  [0xfd42, 'رضي الله عنها'],
  [0xfd43, 'رضي الله عنهم'],
  [0xfd44, 'رضي الله عنهما'],
  [0xfd45, 'رضي الله عنهن'],
  [0xfd46, 'صلى الله عليه وآله'],
  [0xfd47, 'عليه السلام'],
  [0xfd48, 'عليهم السلام'],
  [0xfd49, 'عليهما السلام'],
  [0xfd4a, 'عليه الصلاة والسلام'],
  [0xfd4b, 'قدس سره'],
  [0xfd4c, 'صلى الله عليه وآله وسلم'],
  [0xfd4d, 'عليها السلام'],
  [0xfd4e, 'تبارك وتعالى'],
  [0xfd4f, 'رحمهم الله'],
  [0xfdcf, 'سلامه علينا'],
]);

/** Presentation-form ranges, inclusive. */
export const PRESENTATION_FORM_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

function isArtefactPrefix(unit: number): boolean {
  return unit === 0x0020 || unit === 0x0640;
}

function isArabicHarakaUnit(unit: number): boolean {
  return (unit >= 0x064b && unit <= 0x065f) || unit === 0x0670;
}

/** A form's NFKC with a leading space or tatweel removed when only marks (U+064B–065F, U+0670) follow it. */
function letterExpansion(form: string, folded: string): string | undefined {
  if (folded === form) return undefined;
  const first = folded.charCodeAt(0);
  if (folded.length > 1 && isArtefactPrefix(first)) {
    let onlyHarakat = true;
    for (let k = 1; k < folded.length; k++) onlyHarakat &&= isArabicHarakaUnit(folded.charCodeAt(k));
    if (onlyHarakat) return folded.slice(1);
  }
  return folded;
}

let letterTable: ReadonlyMap<number, string> | undefined;

/**
 * Presentation form → letters (and marks), for every form that has a
 * compatibility decomposition, except the honorifics and the rial sign.
 */
export function presentationFormExpansions(): ReadonlyMap<number, string> {
  if (letterTable) return letterTable;
  const table = new Map<number, string>();
  const forms: number[] = [];
  for (const [first, last] of PRESENTATION_FORM_RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      if (codePoint !== RIAL_SIGN && !HONORIFIC_EXPANSIONS.has(codePoint)) forms.push(codePoint);
    }
  }
  // One call of NFKC for all of them, between NULs, which neither compose with anything nor
  // reorder with marks (a starter that no decomposition holds): a call per form cost start-up
  // about a millisecond.
  const folded = forms.map((codePoint) => String.fromCharCode(codePoint)).join('\0').normalize('NFKC').split('\0');
  forms.forEach((codePoint, k) => {
    const expansion = letterExpansion(String.fromCharCode(codePoint), folded[k]!);
    if (expansion !== undefined) table.set(codePoint, expansion);
  });
  letterTable = table;
  return table;
}
