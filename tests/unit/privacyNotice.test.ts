import { describe, expect, it } from 'vitest';
import en from '#common/strings/en.json';
import zh from '#common/strings/zh.json';
import { prospectFields, requiredProspectFields } from '#common/inquiryOptions.ts';
import { collectedAnswers, recordedWithInquiry } from '../../src/lib/privacyNotice';

const strings = { zh: zh as Record<string, string>, en: en as Record<string, string> };

describe('the privacy notice’s list of collected data', () => {
  it('names every field the CMS accepts from the form, and the park, exactly once', () => {
    const named = [...collectedAnswers, ...recordedWithInquiry].map((item) => item.name);
    expect(new Set(named).size).toBe(named.length);
    expect(named).toEqual(expect.arrayContaining([...prospectFields, 'park', 'reference', 'createdAt']));
  });

  it('uses the form’s own label for each answer and marks the required ones as the form does', () => {
    for (const item of collectedAnswers) {
      expect(item.label).toBe(`inquiry.${item.name}`);
      expect(item.required, item.name).toBe((requiredProspectFields as readonly string[]).includes(item.name));
    }
    expect(collectedAnswers.slice(0, requiredProspectFields.length - 1).every((item) => item.required)).toBe(true);
  });

  it('has every label in both languages, in the language’s own script', () => {
    for (const item of [...collectedAnswers, ...recordedWithInquiry]) {
      expect(strings.zh[item.label], `${item.label} (zh)`).toMatch(/[\u4e00-\u9fff]/);
      expect(strings.en[item.label], `${item.label} (en)`).toMatch(/^[A-Z]/);
    }
  });
});
