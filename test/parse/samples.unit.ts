/**
 * Sentences written for the parser's unit tests (not taken from any corpus),
 * and the raw layouts built from them.
 */
export const HEADLINE = 'الحكومة تعلن خطة جديدة للنقل العام';
export const CAPTION = 'صورة من المؤتمر الصحافي في العاصمة';
export const PARAGRAPH_1 = 'أعلنت الحكومة اليوم عن خطة لتطوير شبكة النقل العام في المدن الكبرى.';
export const PARAGRAPH_2 = 'وقال الوزير إن الخطة تمتد خمس سنوات وتشمل خطوط حافلات جديدة.';
export const STORY_1 = 'ارتفاع أسعار الوقود في الأسواق المحلية';
export const TEASER_1 = 'شهدت الأسواق المحلية ارتفاعا في أسعار الوقود بعد قرار الحكومة،';
export const STORY_2 = 'افتتاح مكتبة عامة في وسط المدينة';
export const TEASER_2 = 'افتتحت البلدية مكتبة عامة جديدة تضم آلاف الكتب.';
export const STORY_3 = 'فريق المدينة يفوز بالبطولة';
export const TEASER_3 = 'فاز فريق المدينة بالبطولة بعد مباراة صعبة انتهت';

/** Joins lines with LF. */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}

/** The specimen's layout with the sentences above: echo, caption, two paragraphs, three stories. */
export const FULL_ARTICLE = lines(
  HEADLINE,
  '',
  HEADLINE,
  CAPTION,
  '',
  PARAGRAPH_1,
  PARAGRAPH_2,
  '',
  'قراءة المزيد',
  '',
  STORY_1,
  '',
  STORY_1,
  '',
  TEASER_1,
  '',
  STORY_2,
  '',
  STORY_2,
  '',
  TEASER_2,
  '',
  STORY_3,
  '',
  STORY_3,
  '',
  TEASER_3,
);
