// The release gates as pure functions: each takes what it checks (a manifest, a list of files)
// and returns the list of violations, so that each gate is proven by a deliberately broken input
// in its own test as well as run on the real build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The only API permissions the features use, and why (mirrored in the README and SECURITY.md). */
export const EXPECTED_PERMISSIONS = ['alarms', 'notifications', 'storage'];
/** Chrome and Edge only: the side panel (Firefox declares `sidebar_action`, no permission). */
export const CHROMIUM_PERMISSIONS = ['sidePanel'];
/** The portal hosts of portals.md, and only them. */
export const EXPECTED_HOSTS = [
  'https://admin.cloud.microsoft/*',
  'https://admin.microsoft.com/*',
  'https://ms.portal.azure.com/*',
  'https://partner.microsoft.com/*',
  'https://portal.azure.com/*',
  'https://portal.office.com/*',
  'https://support.microsoft.com/*',
  'https://support.serviceshub.microsoft.com/*',
  'https://*.reactblade.portal.azure.net/*',
].sort();
export const FORBIDDEN_PERMISSIONS = [
  '<all_urls>',
  'tabs',
  'scripting',
  'webRequest',
  'webRequestBlocking',
  'declarativeNetRequest',
  'cookies',
  'history',
  'downloads',
  'debugger',
  'management',
  'nativeMessaging',
  'clipboardRead',
];
export const FIREFOX_ADDON_ID = 'pcx@pcx-support.example';

const allowsLocalhost = (value) => /localhost|127\.0\.0\.1|\[::1\]/i.test(value);

/** Violations of the manifest policy for a production build (`browser`: chrome | firefox). */
export function checkManifest(manifest, browser) {
  const v = [];
  if (manifest.manifest_version !== 3)
    v.push(`manifest_version is ${manifest.manifest_version}, expected 3`);
  const permissions = [...(manifest.permissions ?? [])].sort();
  const expected = [
    ...EXPECTED_PERMISSIONS,
    ...(browser === 'firefox' ? [] : CHROMIUM_PERMISSIONS),
  ].sort();
  if (JSON.stringify(permissions) !== JSON.stringify(expected)) {
    v.push(`permissions are ${JSON.stringify(permissions)}, expected ${JSON.stringify(expected)}`);
  }
  if ((manifest.optional_permissions ?? []).length) v.push('optional_permissions present');
  const hosts = [...(manifest.host_permissions ?? [])].sort();
  if (JSON.stringify(hosts) !== JSON.stringify(EXPECTED_HOSTS)) {
    v.push(`host_permissions are ${JSON.stringify(hosts)}`);
  }
  const everything = [...permissions, ...hosts, ...(manifest.optional_host_permissions ?? [])];
  for (const p of everything) {
    if (FORBIDDEN_PERMISSIONS.includes(p)) v.push(`forbidden permission ${p}`);
    if (p === '*://*/*' || p === 'https://*/*' || p === 'http://*/*') v.push(`broad host ${p}`);
    if (allowsLocalhost(p)) v.push(`localhost permission ${p}`);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const m of script.matches ?? []) {
      if (!EXPECTED_HOSTS.some((h) => m.startsWith(h.replace(/\*$/, ''))))
        v.push(`content script matches ${m}`);
    }
  }
  if (manifest.externally_connectable) v.push('externally_connectable present');
  if (manifest.web_accessible_resources?.length) v.push('web_accessible_resources present');
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  if (!/connect-src 'self'(;|$)/.test(csp))
    v.push(`CSP lacks connect-src 'self': ${csp || '(none)'}`);
  if (/script-src[^;]*(unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval)/.test(csp))
    v.push('CSP script-src too wide');
  if (allowsLocalhost(csp)) v.push('CSP allows localhost');
  if (browser === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (gecko?.id !== FIREFOX_ADDON_ID) v.push(`Firefox add-on id is ${gecko?.id}`);
    if (!gecko?.strict_min_version) v.push('Firefox strict_min_version missing');
    const required = gecko?.data_collection_permissions?.required;
    if (JSON.stringify(required) !== JSON.stringify(['none']))
      v.push('Firefox data collection declaration is not "none"');
    if (!manifest.background?.scripts)
      v.push('Firefox background is not an event page (background.scripts)');
  } else if (!manifest.background?.service_worker) {
    v.push('Chrome background is not a service worker');
  }
  return v;
}

/**
 * The strictest limit any store puts on a manifest string, in characters: the Chrome Web Store
 * and Edge Add-ons refuse a description over 132, Edge a name over 45 (Chrome's is 75, Firefox's
 * 50), and Chrome shows at most 12 of a short name.
 */
export const STORE_LIMITS = { name: 45, short_name: 12, description: 132 };

/**
 * Violations of the stores' limits by the manifest strings, in every locale of the package
 * (`locales`: locale → its messages.json, parsed). A `__MSG_key__` string is resolved in each
 * locale (keys are case-insensitive, as in the browsers); a key a locale lacks is a violation.
 */
export function checkStoreStrings(manifest, locales) {
  const v = [];
  if (manifest.default_locale && !locales[manifest.default_locale])
    v.push(`default_locale ${manifest.default_locale} has no messages`);
  for (const [field, limit] of Object.entries(STORE_LIMITS)) {
    const raw = manifest[field];
    if (raw === undefined) continue;
    const key = /^__MSG_(\w+)__$/.exec(raw)?.[1];
    for (const [locale, messages] of Object.entries(locales)) {
      let text = raw;
      if (key) {
        const found = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
        if (!found) {
          v.push(`${locale}: ${field} message ${key} missing`);
          continue;
        }
        text = found[1].message;
      }
      const length = [...text].length;
      if (length > limit) v.push(`${locale}: ${field} is ${length} characters, over ${limit}`);
    }
  }
  return v;
}

/** The messages of every locale of a built package, by locale. */
export function readLocales(buildDir) {
  const dir = join(buildDir, '_locales');
  return Object.fromEntries(
    readdirSync(dir).map((locale) => [
      locale,
      JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8')),
    ]),
  );
}

/** Every file below `dir`, as `{ path, text }` for text-like files. */
export function readTree(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(m?js|html|json|css)$/.test(name))
        out.push({ path: relative(dir, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

const REMOTE_CODE_PATTERNS = [
  ['eval', /(^|[^.\w$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor', /(^|[^.\w$])Function\s*\(\s*["'`]/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*["'`]/],
  ['remote script tag', /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i],
  ['dynamic import of a URL', /import\s*\(\s*["'`](https?:)?\/\//],
  ['importScripts of a URL', /importScripts\s*\(\s*["'`](https?:)?\/\//],
  ['remote stylesheet', /<link[^>]+href\s*=\s*["']?(https?:)?\/\//i],
  ['WebAssembly compile', /WebAssembly\.(compile|instantiate)\s*\(/],
];

/** Violations of "no remote code" in built files. */
export function scanForRemoteCode(files) {
  const v = [];
  for (const { path, text } of files) {
    if (!/\.(m?js|html)$/.test(path)) continue;
    for (const [name, pattern] of REMOTE_CODE_PATTERNS) {
      if (pattern.test(text)) v.push(`${path}: ${name}`);
    }
  }
  return v;
}

/** Violations of "never post to window": the portals listen to postMessage between frames. */
export function scanForWindowMessages(files) {
  return files
    .filter(({ path, text }) => /\.m?js$/.test(path) && /\bpostMessage\s*\(/.test(text))
    .map(({ path }) => `${path}: postMessage`);
}

/**
 * Violations of "a page cannot switch PCX off": every content script that carries WXT's start
 * event must carry the guard of scripts/wxt-start-guard.mjs too. The build transform fails when
 * WXT's code changes shape; this catches the other way it could stop working, WXT moving that
 * code to a file the transform no longer recognises.
 */
export function scanForUnguardedStart(files) {
  return files
    .filter(({ path }) => /^content-scripts\/[^/]+\.js$/.test(path))
    .filter(({ text }) => text.includes('wxt:content-script-started'))
    .filter(({ text }) => !/__pcxScriptsStarting\?\.has\(/.test(text))
    .map(({ path }) => `${path}: WXT start event without the guard against forged events`);
}

/** Violations of "no network from the extension": network APIs aimed at anything but ourselves. */
export function scanForNetworkCalls(files) {
  const v = [];
  for (const { path, text } of files) {
    if (!/\.m?js$/.test(path)) continue;
    const urls = text.match(/["'`]https?:\/\/[^"'`\s]+["'`]/g) ?? [];
    for (const pattern of [
      /\bfetch\s*\(\s*["'`]https?:/,
      /\bnew\s+WebSocket\s*\(/,
      /\bsendBeacon\s*\(/,
      /\bnew\s+EventSource\s*\(/,
    ]) {
      if (pattern.test(text)) v.push(`${path}: ${pattern.source}`);
    }
    for (const u of urls) {
      if (u.includes('${')) continue; // a template: its host is checked where it is defined
      const host = (() => {
        try {
          return new URL(u.slice(1, -1)).hostname;
        } catch {
          return '';
        }
      })();
      // Links the UI opens for the user (portal pages) are allowed; anything else is suspicious.
      if (host && !ALLOWED_LINK_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) {
        v.push(`${path}: URL to ${host}`);
      }
    }
  }
  return v;
}

/** Hosts the UI may LINK to (the user opens them); never fetched by the extension. */
export const ALLOWED_LINK_HOSTS = [
  'partner.microsoft.com',
  'portal.azure.com',
  'admin.microsoft.com',
  'admin.cloud.microsoft',
  'support.serviceshub.microsoft.com',
  'reactblade.portal.azure.net',
  'learn.microsoft.com',
  'support.microsoft.com',
  'account.microsoft.com',
  'www.w3.org',
  'github.com',
  'reactjs.org',
  'react.dev',
  'preactjs.com',
];

/**
 * The first Chrome version of each API the extension calls, where it is later than the rest:
 * `minimum_chrome_version` must be at least the highest one the built code uses, so a store
 * never offers PCX to a browser on which a feature would throw.
 */
export const CHROME_API_VERSIONS = [
  ['sidePanel.open', /sidePanel\.open\b/, 116],
  ['action.setBadgeTextColor', /setBadgeTextColor\b/, 110],
  ['storage.session', /storage\.session\b/, 102],
  ['HTMLInputElement.showPicker', /\.showPicker\(/, 99],
];

/** Violations of "minimum_chrome_version covers every API used" in a Chromium build. */
export function checkMinimumChrome(manifest, files) {
  const declared = Number.parseInt(manifest.minimum_chrome_version ?? '0', 10);
  const v = [];
  for (const [api, pattern, version] of CHROME_API_VERSIONS) {
    const user = files.find((f) => /\.m?js$/.test(f.path) && pattern.test(f.text));
    if (user && declared < version) {
      v.push(
        `${api} (Chrome ${version}) is used in ${user.path}, minimum_chrome_version is ${manifest.minimum_chrome_version ?? 'absent'}`,
      );
    }
  }
  return v;
}

/**
 * Violations of the stores' icon rules by a built package: every icon the manifest lists exists
 * at its declared size, and the 128 px one keeps the transparent padding the Chrome Web Store
 * asks for (artwork within the middle 96 px: nothing opaque in the outer 16 px, allowing the
 * anti-aliased edge pixel). `decode(path)` gives `{ width, height, channels, data }` (raw RGBA).
 */
export async function checkIcons(buildDir, manifest, decode) {
  const v = [];
  for (const [size, path] of Object.entries(manifest.icons ?? {})) {
    let image;
    try {
      image = await decode(join(buildDir, path));
    } catch {
      v.push(`icon ${size}: ${path} missing or unreadable`);
      continue;
    }
    if (image.width !== Number(size) || image.height !== Number(size))
      v.push(`icon ${size}: ${path} is ${image.width}×${image.height}`);
    if (Number(size) !== 128) continue;
    let opaque = 0;
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const inFrame = x < 15 || y < 15 || x > 112 || y > 112;
        if (inFrame && image.data[(y * image.width + x) * image.channels + 3] > 8) opaque++;
      }
    }
    if (opaque > 0) v.push(`icon 128: ${opaque} opaque pixels in the 16 px padding`);
  }
  if (!manifest.icons?.['128']) v.push('no 128 px icon');
  return v;
}
