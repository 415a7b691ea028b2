// The steps of the action's own release (.github/workflows/release.yml) that are worth testing:
//   node scripts/release.mjs check v1.2.3           the tag is vX.Y.Z, package.json says X.Y.Z, CHANGELOG.md has its section
//   node scripts/release.mjs notes v1.2.3           prints CHANGELOG.md's section for 1.2.3 (the release's notes)
//   node scripts/release.mjs major v1.2.3 TAG...    prints "v1" when v1.2.3 is the newest v1.x.y among TAGs (else nothing)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** "v1.2.3" → [1, 2, 3]; undefined for anything else (pre-releases included: they move no major tag). */
export function versionOfTag(tag) {
  const m = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(tag);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body of CHANGELOG.md's section "## [1.2.3] - date" (Keep a Changelog), without its heading,
 * up to the next "## " heading or the link references; undefined when there is no such section
 * or it is empty.
 */
export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${escape(version)}\\](\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## ') || /^\[[^\]]+\]: /.test(l));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body === '' ? undefined : body;
}

/** The major tag ("v1") to move to `tag`, when it is the newest release of its major among `tags`. */
export function majorTagFor(tag, tags) {
  const v = versionOfTag(tag);
  if (!v) return undefined;
  const newer = tags
    .map(versionOfTag)
    .some((o) => o && o[0] === v[0] && (o[1] > v[1] || (o[1] === v[1] && o[2] > v[2])));
  return newer ? undefined : `v${v[0]}`;
}

/** Why `tag` cannot be released from this checkout, or undefined when it can. */
export function releaseProblem(tag, packageVersion, changelog) {
  const v = versionOfTag(tag);
  if (!v) return `the tag ${JSON.stringify(tag)} is not a release tag vMAJOR.MINOR.PATCH`;
  const version = v.join('.');
  if (packageVersion !== version)
    return `package.json says version ${JSON.stringify(packageVersion)}, the tag says ${version}: set "version": "${version}" before tagging`;
  if (!changelogSection(changelog, version))
    return `CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD" with text in it: move the Unreleased entries into one before tagging`;
  return undefined;
}

function main([command, tag, ...tags]) {
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  if (command === 'check') {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const problem = releaseProblem(tag ?? '', pkg.version, changelog);
    if (problem) {
      console.error(`Cannot release: ${problem}.`);
      return 1;
    }
    return 0;
  }
  if (command === 'notes') {
    const v = versionOfTag(tag ?? '');
    const notes = v && changelogSection(changelog, v.join('.'));
    if (!notes) {
      console.error(`CHANGELOG.md has no section for ${tag}.`);
      return 1;
    }
    process.stdout.write(`${notes}\n`);
    return 0;
  }
  if (command === 'major') {
    const major = majorTagFor(tag ?? '', tags);
    if (major) process.stdout.write(`${major}\n`);
    return 0;
  }
  console.error('usage: node scripts/release.mjs check|notes|major vX.Y.Z [existing tags…]');
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
