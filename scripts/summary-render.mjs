// Draws job summaries as a person sees them on GitHub: GitHub-flavoured Markdown through marked, every
// ```mermaid block through Mermaid's own code, in headless Chromium. Used by the summary render tests and by
// scripts/screenshots.mjs. Everything is loaded from local files (node_modules, a temporary page); Chromium runs
// with background networking, component updates and extensions off and every host name mapped to nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODULES = join(ROOT, 'node_modules');
const MARKED = join(MODULES, 'marked', 'lib', 'marked.umd.js');
const MERMAID = join(MODULES, 'mermaid', 'dist', 'mermaid.min.js');
const MARKDOWN_CSS = join(MODULES, 'github-markdown-css', 'github-markdown-light.css');

/** The Chromium binary: RP_CHROMIUM (scripts/setup/25-chromium.sh), else Debian's /usr/bin/chromium, else /usr/bin/google-chrome; undefined when none exists. */
export function chromiumPath() {
  const candidates = [process.env.RP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

/** Flags for a headless Chromium that talks to nobody: no background requests, no updates, no extensions, no DNS. */
export function chromiumFlags(profileDir) {
  return [
    '--headless',
    '--disable-gpu',
    '--no-sandbox',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${profileDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-extensions',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--metrics-recording-only',
    '--no-pings',
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--proxy-server=127.0.0.1:9',
    '--force-device-scale-factor=1',
    '--hide-scrollbars',
    '--allow-file-access-from-files',
  ];
}

/**
 * After Chromium's main process is gone: ends what is left of its process group (helpers it started; the group is
 * ours, spawned detached), then removes its profile. A profile that cannot be removed is left in the temp dir.
 */
function cleanUp(child, profile) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group has already ended
  }
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (e) {
    console.warn(`could not remove Chromium's profile ${profile}: ${e instanceof Error ? e.message : e}`);
  }
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON that may sit inside a <script> element. */
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

/**
 * The in-page renderer: each document's Markdown becomes HTML (marked, GFM on), each ```mermaid block is checked
 * with mermaid.parse and drawn with mermaid.render; a chart that fails keeps its error. `window.__render` is a
 * promise of what the tests read: per document its HTML, its text and per chart the error and the axis labels.
 */
const IN_PAGE = `
window.__render = (async () => {
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' });
  const docs = [];
  for (const doc of DOCUMENTS) {
    const el = document.getElementById(doc.id);
    el.innerHTML = marked.parse(doc.markdown, { gfm: true, async: false });
    const charts = [];
    const blocks = [...el.querySelectorAll('pre > code.language-mermaid')];
    for (let i = 0; i < blocks.length; i++) {
      const code = blocks[i];
      const source = code.textContent;
      const chart = { source, error: null, ticks: [], svg: '' };
      try {
        await mermaid.parse(source);
        const { svg } = await mermaid.render(doc.id + '-chart-' + i, source);
        const box = document.createElement('div');
        box.className = 'mermaid-chart';
        box.innerHTML = svg;
        code.parentElement.replaceWith(box);
        chart.svg = svg;
        chart.ticks = [...box.querySelectorAll('g.grid g.tick text')].map((t) => t.textContent);
      } catch (e) {
        chart.error = String((e && e.message) || e);
      }
      charts.push(chart);
    }
    docs.push({ id: doc.id, html: el.innerHTML, text: el.innerText, charts });
  }
  return {
    docs,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  };
})();
`;

/**
 * A page that draws the given Markdown documents one below the other, in GitHub's Markdown style.
 * @param {{ id: string, markdown: string }[]} documents
 */
export function summaryPage(documents, opts = {}) {
  const width = opts.width ?? 1012;
  const css = readFileSync(MARKDOWN_CSS, 'utf8');
  const bodies = documents
    .map((d) => `<article class="markdown-body" id="${escapeHtml(d.id)}"></article>`)
    .join('\n<hr class="doc-break">\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>job summary</title>
<style>${css}</style>
<style>
  body { margin: 0; background: #fff; }
  .markdown-body { box-sizing: border-box; width: ${width}px; padding: 24px 32px; }
  .mermaid-chart svg { max-width: 100%; height: auto; }
  hr.doc-break { border: 0; border-top: 1px solid #d0d7de; margin: 0; }
</style>
<script src="${pathToFileURL(MARKED).href}"></script>
<script src="${pathToFileURL(MERMAID).href}"></script>
</head><body>
${bodies}
<script>const DOCUMENTS = ${scriptJson(documents)};${IN_PAGE}</script>
</body></html>
`;
}

/** A finished page without scripts: the rendered HTML (charts as inline SVG) in a frame like GitHub's summary box, for a screenshot (2 px taller than the drawn page). */
export function staticPage(rendered, opts = {}) {
  const width = opts.width ?? 1012;
  const css = readFileSync(MARKDOWN_CSS, 'utf8');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>job summary</title>
<style>${css}</style>
<style>
  body { margin: 0; background: #fff; }
  .markdown-body { box-sizing: border-box; width: ${width}px; padding: 24px 32px; }
  .markdown-body.framed { border: 1px solid #d0d7de; border-radius: 6px; }
  .mermaid-chart svg { max-width: 100%; height: auto; }
</style>
</head><body><article class="markdown-body framed">${rendered.html}</article></body></html>
`;
}

/**
 * A Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: fd 3 in, fd 4 out, messages
 * ending in NUL), so nothing listens on a port.
 */
class Browser {
  constructor(env) {
    const bin = chromiumPath();
    if (!bin) throw new Error('Chromium is missing: source scripts/setup/25-chromium.sh (or set RP_CHROMIUM).');
    this.profile = mkdtempSync(join(tmpdir(), 'rp-chromium-'));
    this.child = spawn(bin, [...chromiumFlags(this.profile), '--remote-debugging-pipe', 'about:blank'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    this.stderr = '';
    this.child.stdio[2].on('data', (c) => (this.stderr = (this.stderr + c.toString()).slice(-4000)));
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    let buffer = '';
    this.child.stdio[4].on('data', (chunk) => {
      buffer += chunk.toString();
      let end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 1);
        this.dispatch(message);
      }
    });
    this.exited = new Promise((resolveExit) => this.child.on('exit', resolveExit));
    void this.exited.then((code) => {
      const error = new Error(`Chromium exited (${code}) before answering: ${this.stderr.trim()}`);
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
  }

  dispatch(message) {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!call) return;
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result);
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  send(method, params = {}, sessionId) {
    const id = this.nextId++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolveCall, reject) => {
      this.pending.set(id, { resolve: resolveCall, reject, method });
      this.child.stdio[3].write(`${JSON.stringify(message)}\0`);
    });
  }

  event(method, sessionId) {
    return new Promise((resolveEvent) => {
      const listener = (m) => {
        if (m.method !== method || m.sessionId !== sessionId) return;
        this.listeners.delete(listener);
        resolveEvent(m.params);
      };
      this.listeners.add(listener);
    });
  }

  /**
   * Opens a file in a new tab (in a time zone of its own when given) and returns what the page's `window.__render`
   * gives, with `requests`: every URL the tab asked for that is not a local file or inline data (none expected).
   */
  async render(file, opts = {}) {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    if (opts.timeZone) await this.send('Emulation.setTimezoneOverride', { timezoneId: opts.timeZone }, sessionId);
    const requests = [];
    const watch = (m) => {
      const url = m.sessionId === sessionId && m.method === 'Network.requestWillBeSent' ? m.params.request.url : '';
      if (url && !/^(file|data|about|blob):/.test(url)) requests.push(url);
    };
    this.listeners.add(watch);
    await this.send('Network.enable', {}, sessionId);
    await this.send('Page.enable', {}, sessionId);
    const loaded = this.event('Page.loadEventFired', sessionId);
    await this.send('Page.navigate', { url: pathToFileURL(file).href }, sessionId);
    await loaded;
    const result = await this.send(
      'Runtime.evaluate',
      { expression: 'window.__render', awaitPromise: true, returnByValue: true },
      sessionId,
    );
    await this.send('Target.closeTarget', { targetId });
    this.listeners.delete(watch);
    if (result.exceptionDetails) {
      const d = result.exceptionDetails;
      throw new Error(`the page failed: ${d.exception?.description ?? d.text}`);
    }
    return { ...result.result.value, requests };
  }

  async close() {
    try {
      await Promise.race([this.send('Browser.close'), new Promise((r) => setTimeout(r, 3000))]);
    } catch {
      // already gone
    }
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
    cleanUp(this.child, this.profile);
  }
}

/**
 * Renders pages in one Chromium. `env` is the browser's environment (e.g. { TZ: 'Asia/Kolkata' }, the viewer's
 * zone as their machine sets it); a page's `timeZone` overrides the zone for that tab alone.
 * @param {{ file: string, timeZone?: string }[]} pages
 */
export async function renderPages(pages, opts = {}) {
  const browser = new Browser(opts.env ?? {});
  try {
    const out = [];
    for (const page of pages) out.push(await browser.render(page.file, page));
    return out;
  } finally {
    await browser.close();
  }
}

/** Chromium's own screenshot of a file: `--screenshot=… --window-size=…`. */
export async function screenshot(file, png, { width, height }) {
  const bin = chromiumPath();
  if (!bin) throw new Error('Chromium is missing: source scripts/setup/25-chromium.sh (or set RP_CHROMIUM).');
  const profile = mkdtempSync(join(tmpdir(), 'rp-chromium-'));
  const args = [
    ...chromiumFlags(profile),
    `--screenshot=${png}`,
    `--window-size=${width},${height}`,
    pathToFileURL(file).href,
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  try {
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c.toString()));
    const code = await new Promise((resolveExit) => child.on('exit', resolveExit));
    if (code !== 0 || !existsSync(png)) throw new Error(`chromium --screenshot failed (${code}): ${stderr.trim()}`);
  } finally {
    cleanUp(child, profile);
  }
}
