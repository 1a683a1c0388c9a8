/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language, from the URL prefix (or Accept-Language where there is none). */
    locale: import('#common/locales.ts').Locale;
  }
}

declare namespace astroHTML.JSX {
  interface IntrinsicAttributes {
    /** Hydrate on the first focus, press or key inside the island (src/directives/interaction.ts). */
    'client:interaction'?: boolean;
  }
}
