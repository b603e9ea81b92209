import { describe, expect, it } from 'vitest';
import { duplicateCodes, findByGuideCode, looksLikeNumber, readGuideCode } from '../../src/lib/guide-code';

const answers = [
  { code: '207', path: '/faq/#q7' },
  { code: '216', path: '/faq/#new-phone' },
  { code: '501', path: '/practice/' },
];

describe('readGuideCode', () => {
  it('reads the number as a customer types it: half- or full-width, with spaces, 番 or 案内番号', () => {
    for (const typed of ['207', '２０７', '2 0 7', '２ ０ ７', '207番', '案内番号 207', '案内番号：２０７番', ' 207 ']) {
      expect(readGuideCode(typed), typed).toBe('207');
    }
  });
  it('reads an FAQ label as its number', () => {
    expect(readGuideCode('Q7')).toBe('207');
    expect(readGuideCode('ｑ１６')).toBe('216');
  });
  it('is not fooled by words, other lengths or a leading zero', () => {
    for (const typed of ['', 'スマホ', '20', '2070', '007', 'Q', '0142-25-2811']) expect(readGuideCode(typed), typed).toBeNull();
  });
});

describe('findByGuideCode', () => {
  it('opens exactly the answer of the number', () => {
    expect(findByGuideCode(answers, '２１６')?.path).toBe('/faq/#new-phone');
    expect(findByGuideCode(answers, '501番')?.path).toBe('/practice/');
  });
  it('finds nothing for an unknown number, and knows it was meant as one', () => {
    expect(findByGuideCode(answers, '999')).toBeNull();
    expect(looksLikeNumber('９９９')).toBe(true);
    expect(looksLikeNumber('スマホ')).toBe(false);
  });
});

describe('duplicateCodes', () => {
  it('names every number used twice', () => {
    expect(duplicateCodes([...answers, { code: '207', path: '/x/' }])).toEqual(['207']);
    expect(duplicateCodes(answers)).toEqual([]);
  });
});
