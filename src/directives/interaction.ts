// `client:interaction`: hydrates an island the first time someone reaches into it — a focus,
// a press or a key inside it — instead of on page load. For the inquiry form, which works in
// full without JavaScript (the action's form POST), this keeps the form's script (about 40 KB)
// and its hydration off the main thread of every visitor who only reads the contact page, and
// out of the page's load (Lighthouse's Total Blocking Time). Values typed before hydration stay:
// the form's fields are uncontrolled and read from the DOM when it is sent. Should the first
// press be on "Send" before the script has arrived, the browser sends the form the JavaScript-free
// way, which works the same.
import type { ClientDirective } from 'astro';

const firstSigns = ['focusin', 'pointerdown', 'keydown', 'touchstart'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of firstSigns) el.removeEventListener(type, start, true);
    void load().then((hydrate) => hydrate());
  };
  for (const type of firstSigns) el.addEventListener(type, start, { capture: true, passive: true });
  // A field focused before this script ran (autofocus, a quick tab) counts as the first sign.
  if (el.contains(document.activeElement)) start();
};

export default interaction;
