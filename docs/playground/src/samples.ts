/**
 * The built-in samples. Both are text written for this project, bundled into
 * the page as strings at build time.
 */
import wellFormed from '../../../examples/sample-article.txt';
import damaged from '../samples/damaged-article.txt';

/** A sample the page can load. */
export interface Sample {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

/** Every built-in sample; the first is loaded when the page opens. */
export const SAMPLES: readonly Sample[] = [
  { id: 'well-formed', label: 'Well-formed article', text: wellFormed },
  { id: 'damaged', label: 'Article with problems', text: damaged },
];
