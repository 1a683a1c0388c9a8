/** A message for editors and API clients in both languages: Payload answers in one, whatever the reader uses. */
export const bilingual = (zh: string, en: string): string => `${zh} / ${en}`;
