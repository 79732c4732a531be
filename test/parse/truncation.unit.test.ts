import { describe, expect, it } from 'vitest';
import { isTruncatedText } from '../../src/parse/truncation';

describe('isTruncatedText', () => {
  it.each([
    ['a comma', 'والذي جرى إعلان التوصل إليه،'],
    ['a bare word', 'كانت المدينة الخاضعة لحصار'],
    ['a colon', 'وقال الوزير:'],
    ['a dash', 'وقال الوزير -'],
    ['a closing quote without a full stop', 'وصفها بأنها «مثمرة»'],
    ['an opening bracket', 'وقال ('],
    ['quotes only', '»"'],
    ['a full stop inside the quote but text after it', 'قال «نعم.» ثم'],
    ['an ellipsis', 'والبقية تأتي…'],
    ['an ellipsis after a space', 'والبقية تأتي …'],
    ['three dots', 'والبقية تأتي...'],
    ['three dots after a space', 'والبقية تأتي ...'],
    ['two dots', 'والبقية تأتي..'],
    ['an ellipsis after a question mark', 'ماذا بعد؟...'],
    ['an ellipsis inside a closing quote', 'قال «والبقية...»'],
  ])('is true for a teaser ending with %s', (_name, teaser) => {
    expect(isTruncatedText(teaser)).toBe(true);
  });

  it.each([
    ['a full stop', 'انتهت المباراة.'],
    ['an exclamation mark', 'يا لها من مباراة!'],
    ['a question mark', 'What next?'],
    ['an Arabic question mark', 'ماذا بعد؟'],
    ['the Urdu full stop', 'ختم ۔'],
    ['a full stop and a closing guillemet', 'قال: «انتهى الأمر.»'],
    ['a question mark and a closing quote', 'وسأل "لماذا؟"'],
    ['a full stop and a closing curly quote', 'قال “انتهى.”'],
    ['a full stop and a single quote', "قال 'انتهى.'"],
    ['a full stop and a closing parenthesis', '(انتهى.)'],
    ['a full stop and a bracket', '[انتهى.]'],
    ['a full stop and a brace', '{انتهى.}'],
    ['a full stop and an ornate parenthesis', '﴾انتهى.﴿'],
    ['a full stop and several closers', 'قال («انتهى.»)'],
    ['a full stop, a space and a closer', 'قال «انتهى. »'],
  ])('is false for a teaser ending with %s', (_name, teaser) => {
    expect(isTruncatedText(teaser)).toBe(false);
  });

  it('looks only at the given range', () => {
    const text = 'جملة تامة. وبقية';
    expect(isTruncatedText(text, 0, 10)).toBe(false);
    expect(isTruncatedText(text)).toBe(true);
  });
});
