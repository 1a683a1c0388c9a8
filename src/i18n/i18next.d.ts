import 'i18next';
import type zh from '#common/strings/zh.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zh };
    keySeparator: false;
    nsSeparator: false;
  }
}
