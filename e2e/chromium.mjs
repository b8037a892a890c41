// How the browser tests and the paint benchmark launch Chromium: Debian's
// /usr/bin/chromium (CHROMIUM overrides it), headless, with nothing running
// in the background that would reach the network or skew a measurement.
// playwright gives every launch a fresh temporary profile of its own (it
// refuses --user-data-dir with launch()).

/** The Chromium binary. */
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The command-line flags of every launch. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
