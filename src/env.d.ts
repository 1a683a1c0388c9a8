/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language, from the URL prefix (or Accept-Language where there is none). */
    locale: import('./i18n/locales').Locale;
  }
}
