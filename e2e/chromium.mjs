// How the browser tests and the paint benchmark launch Chromium: Debian's
// /usr/bin/chromium (CHROMIUM overrides it), headless, with nothing running
// in the background that would reach the network or skew a measurement.
// playwright gives every launch a fresh temporary profile of its own (it
// refuses --user-data-dir with launch()).
import { fileURLToPath } from 'node:url';

/** The Chromium binary. */
export const chromiumBinary = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** What Playwright starts: chromium.sh, which starts chromiumBinary with the --disable-features lists merged. */
export const chromiumPath = fileURLToPath(new URL('./chromium.sh', import.meta.url));

/** The command-line flags of every launch. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156's headless browser loads the address bar's popup (a WebUI
  // page in a renderer of its own, 100-180 ms of script) with every new
  // page, while the page under test loads: on two cores that delayed the
  // overview's cards by 100-400 ms in the paint benchmark, and slows every
  // browser test. A user's browser loads it with a window, not per page.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
