// A real screen reader for the tests: Orca with Chromium on a virtual X display, speech
// captured as text. Everything runs in a folder of its own (HOME, XDG_RUNTIME_DIR, the display,
// a session D-Bus, the accessibility bus) and every process started here is stopped by its
// process id, its children with it.
//
// Speech: speech-dispatcher's generic output module runs a shell command for each utterance;
// ours appends "<seconds since the epoch>\t<text>" to speech.txt. Audio goes to ALSA's null
// device, since these machines have no sound card (without it speech-dispatcher refuses to
// start). Keys are real X events (xdotool), which Orca sees through AT-SPI as a reader's keys.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const port = s.address().port;
  await new Promise((r) => s.close(r));
  return port;
}

// Waits for `ok()` to hold, for at most `ms`.
async function until(ok, what, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await ok()) return;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(100);
  }
}

export class Rig {
  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-orca-'));
    this.procs = [];
    this.speech = path.join(this.dir, 'speech.txt');
    this.read = 0;  // utterances already taken
  }

  start(cmd, args, opts = {}) {
    const log = fs.openSync(path.join(this.dir, path.basename(cmd) + '.log'), 'a');
    const p = spawn(cmd, args, { env: this.env, stdio: ['ignore', log, log], detached: true, ...opts });
    this.procs.push(p);
    return p;
  }

  run(cmd, args) { return execFileSync(cmd, args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 15000 }).toString(); }

  async up() {
    const home = path.join(this.dir, 'home'), runtime = path.join(this.dir, 'run');
    fs.mkdirSync(home);
    fs.mkdirSync(runtime, { mode: 0o700 });
    this.display = ':' + (90 + Math.floor(Math.random() * 400));
    this.env = {
      PATH: process.env.PATH, HOME: home, XDG_RUNTIME_DIR: runtime, XDG_CONFIG_HOME: path.join(home, '.config'),
      DISPLAY: this.display, DBUS_SESSION_BUS_ADDRESS: `unix:path=${runtime}/bus`, LANG: 'C.UTF-8',
      ACCESSIBILITY_ENABLED: '1', GTK_MODULES: 'gail:atk-bridge', NO_AT_BRIDGE: '0',
    };
    this.writeSpeechConfig();
    this.start('Xvfb', [this.display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp']);
    await until(() => fs.existsSync(`/tmp/.X11-unix/X${this.display.slice(1)}`), 'the X display');
    this.start('dbus-daemon', ['--session', '--nofork', `--address=unix:path=${runtime}/bus`]);
    await until(() => fs.existsSync(`${runtime}/bus`), 'the session bus');
    this.start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    await sleep(500);
    this.run('gsettings', ['set', 'org.gnome.desktop.interface', 'toolkit-accessibility', 'true']);
  }

  writeSpeechConfig() {
    const conf = path.join(this.env.XDG_CONFIG_HOME, 'speech-dispatcher');
    fs.mkdirSync(path.join(conf, 'modules'), { recursive: true });
    fs.writeFileSync(path.join(conf, 'speechd.conf'), [
      'AudioOutputMethod "alsa"', 'AudioALSADevice "null"',
      'AddModule "capture" "sd_generic" "capture.conf"', 'DefaultModule capture', 'DefaultLanguage "en"',
      'SymbolsPreproc "char"', 'SymbolsPreprocFile "symbols.dic"', 'SymbolsPreprocFile "orca.dic"', 'SymbolsPreprocFile "orca-chars.dic"',
      '',
    ].join('\n'));
    // The module pipes each utterance into a script of ours, as its own examples pipe it into espeak.
    const capture = path.join(this.dir, 'capture.sh');
    fs.writeFileSync(capture, `#!/bin/sh\nprintf '%s\\t%s\\n' "$(date +%s.%N)" "$(tr '\\n' ' ')" >> '${this.speech}'\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(conf, 'modules', 'capture.conf'), [
      `GenericExecuteSynth "printf %s \\'$DATA\\' | ${capture}"`,
      'GenericCmdDependency "printf"', 'GenericLanguage "en" "en" "utf-8"', 'AddVoice "en" "MALE1" "en"', '',
    ].join('\n'));
    fs.writeFileSync(this.speech, '');
  }

  // Chromium on `url`, with the accessibility tree always on; `page` drives it over CDP only to
  // wait for the guide and read its state, never to act for the reader.
  async browser(url) {
    const port = await freePort();
    this.start('/usr/bin/chromium', [
      '--force-renderer-accessibility', '--no-first-run', '--no-default-browser-check', '--test-type', '--no-sandbox',
      `--user-data-dir=${path.join(this.dir, 'chromium')}`, '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
      '--window-position=0,0', '--window-size=1280,900', `--remote-debugging-port=${port}`, url,
    ]);
    await until(async () => { try { this.cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`); return true; } catch { return false; } }, 'Chromium');
    await until(() => this.cdp.contexts()[0]?.pages().length > 0, 'the page');
    this.page = this.cdp.contexts()[0].pages()[0];
    return this.page;
  }

  async orca() {
    this.start('orca', ['--replace', '--debug-file', path.join(this.dir, 'orca-debug.txt')]);
    await until(() => fs.readFileSync(this.speech, 'utf8').length > 0, 'Orca to speak', 30000);
  }

  // Every utterance since the last call, waiting until speech has been quiet for `quiet` ms
  // (at most `ms` in all).
  async heard({ quiet = 900, ms = 10000 } = {}) {
    const end = Date.now() + ms;
    let last = -1, since = Date.now();
    for (;;) {
      const n = this.lines().length;
      if (n !== last) { last = n; since = Date.now(); }
      if (Date.now() - since >= quiet || Date.now() > end) break;
      await sleep(100);
    }
    const all = this.lines();
    const said = all.slice(this.read);
    this.read = all.length;
    return said;
  }

  lines() {
    return fs.readFileSync(this.speech, 'utf8').split('\n').filter((l) => l).map((l) => l.slice(l.indexOf('\t') + 1));
  }

  // Real key presses, X events, to the focused window: "Tab", "shift+Tab", "Insert+a".
  async key(...keys) {
    for (const k of keys) this.run('xdotool', ['key', '--clearmodifiers', k]);
  }

  async down() {
    try { await this.cdp?.close(); } catch { /* already gone */ }
    for (const p of this.procs.reverse()) {
      try { process.kill(-p.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    await sleep(300);
    for (const p of this.procs) {
      try { process.kill(-p.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  }
}
