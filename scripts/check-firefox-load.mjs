// Loads the Firefox build into Firefox (Debian's firefox-esr, headless) as a
// temporary add-on over Marionette, opens its sidebar page in a tab and
// waits for Rapport's "Today" view: the proof that the package Firefox gets
// installs, starts and renders. Run by `npm test` when Firefox is present.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFirefox } from './find-firefox.mjs';

const EXTENSION = resolve('.output/firefox-mv3');
const ADDON_ID = 'rapport@rapport.invalid';
// A fixed internal UUID, so the test knows the sidebar page's address before installing.
const UUID = '6d1b3c2e-5a0f-4e7b-9c1d-2f8a4b6e0c31';
const PORT = 9300 + Math.floor(Math.random() * 500);
const TIMEOUT_MS = 60_000;
/** Every Firefox started here, so the watchdog can stop them. */
const children = new Set();

/** A profile that never phones home and listens for Marionette on PORT. */
function makeProfile() {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-firefox-'));
  const prefs = {
    'marionette.port': PORT,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.update.enabled': false,
    'network.captive-portal-service.enabled': false,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`)
      .join(''),
  );
  return profile;
}

/** Waits until Firefox's Marionette server accepts a connection on `port`. */
async function waitForMarionette(firefox, port) {
  let output = '';
  firefox.stdout.on('data', (chunk) => (output += chunk));
  firefox.stderr.on('data', (chunk) => (output += chunk));

  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (firefox.exitCode !== null)
      throw new Error(`Firefox exited (${firefox.exitCode}):\n${output}`);
    try {
      return await connect(port);
    } catch {
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  throw new Error(`Firefox did not start Marionette within ${TIMEOUT_MS / 1000} s:\n${output}`);
}

/**
 * A minimal Marionette client. Packets are "<byte length>:<JSON>"; a command is
 * [0, id, name, params] and its answer [1, id, error, result].
 */
function connect(port) {
  return new Promise((ready, failed) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let buffer = Buffer.alloc(0);
    let greeted = false;
    let next = 0;
    const waiting = new Map();

    socket.on('error', failed);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const colon = buffer.indexOf(0x3a);
        if (colon < 0) return;
        const length = Number(buffer.subarray(0, colon).toString());
        if (buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
        buffer = buffer.subarray(colon + 1 + length);

        if (!greeted) {
          greeted = true;
          ready(client);
          continue;
        }
        const [, id, error, result] = packet;
        const pending = waiting.get(id);
        waiting.delete(id);
        if (error) pending?.failed(new Error(`${error.error}: ${error.message}`));
        else pending?.done(result);
      }
    });

    const client = {
      send(name, params = {}) {
        next += 1;
        const body = Buffer.from(JSON.stringify([0, next, name, params]));
        socket.write(`${body.length}:`);
        socket.write(body);
        return new Promise((done, fail) => waiting.set(next, { done, failed: fail }));
      },
      close: () => socket.destroy(),
    };
  });
}

async function check(executable) {
  const profile = makeProfile();
  const firefox = spawn(
    executable,
    ['-headless', '-no-remote', '-marionette', '-remote-allow-system-access', '-profile', profile],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_HEADLESS: '1' },
    },
  );
  children.add(firefox);

  try {
    const marionette = await waitForMarionette(firefox, PORT);
    await marionette.send('WebDriver:NewSession', { capabilities: {} });
    const installed = await marionette.send('Addon:Install', { path: EXTENSION, temporary: true });
    if (installed.value !== ADDON_ID)
      throw new Error(`Installed "${installed.value}", not ${ADDON_ID}.`);

    // Web content may not navigate to an extension's page; the browser's own chrome may.
    const before = await marionette.send('WebDriver:GetWindowHandles');
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    await marionette.send('WebDriver:ExecuteScript', {
      script: `
        const window = Services.wm.getMostRecentWindow('navigator:browser');
        const principal = Services.scriptSecurityManager.getSystemPrincipal();
        window.gBrowser.selectedTab = window.gBrowser.addTab(arguments[0], { triggeringPrincipal: principal });
      `,
      args: [`moz-extension://${UUID}/sidepanel.html`],
    });
    await marionette.send('Marionette:SetContext', { value: 'content' });
    const after = await marionette.send('WebDriver:GetWindowHandles');
    const tab = after.find((handle) => !before.includes(handle));
    if (!tab) throw new Error('Firefox opened no tab for the sidebar page.');
    await marionette.send('WebDriver:SwitchToWindow', { handle: tab });

    const deadline = Date.now() + 20_000;
    let text = '';
    while (Date.now() < deadline) {
      const { value } = await marionette.send('WebDriver:ExecuteScript', {
        script: 'return document.body ? document.body.innerText : "";',
        args: [],
      });
      text = value ?? '';
      if (/Today/.test(text) && /Contacts/.test(text)) break;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    marionette.close();
    if (!/Today/.test(text) || !/Contacts/.test(text))
      throw new Error(`The sidebar page did not render Rapport's views. It showed:\n${text}`);

    return `Firefox ${await firefoxVersion(executable)} installed ${ADDON_ID} and rendered its sidebar.`;
  } finally {
    firefox.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  }
}

function firefoxVersion(executable) {
  return new Promise((done) => {
    const child = spawn(executable, ['--version']);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', () => done(out.trim().replace(/^Mozilla Firefox /, '')));
  });
}

const executable = findFirefox();
if (!executable) {
  console.error(
    'No Firefox found: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.',
  );
  process.exit(1);
}

// A Firefox that hangs (no Marionette greeting, a page that never answers) must not hang CI.
const watchdog = setTimeout(() => {
  console.error(`The Firefox check took over ${(2 * TIMEOUT_MS) / 1000} s; giving up.`);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
}, 2 * TIMEOUT_MS);
watchdog.unref();

try {
  console.log(await check(executable));
} catch (error) {
  console.error(`The Firefox package did not load: ${error.message}`);
  process.exit(1);
}
