// The release inputs: targets (target as a one-element list) and archive-files.
import { expect, test } from 'vitest';
import { inputErrorOf, parseGiven } from '../support/inputs.js';

test.each<[number, Record<string, string>, string[], string | undefined]>([
  [1, {}, [], undefined],
  [2, { target: 'x86_64-unknown-linux-musl' }, ['x86_64-unknown-linux-musl'], 'x86_64-unknown-linux-musl'],
  [
    3,
    { targets: 'x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu\nx86_64-pc-windows-gnu' },
    ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-gnu', 'x86_64-pc-windows-gnu'],
    'x86_64-unknown-linux-musl',
  ],
  [4, { targets: 'aarch64-apple-darwin\n' }, ['aarch64-apple-darwin'], 'aarch64-apple-darwin'],
])('%i. %j builds %j (the first is the target of the single-binary outputs)', (_n, given, targets, target) => {
  const b = parseGiven(given).build;
  expect(b.targets).toEqual(targets);
  expect(b.target).toBe(target);
});

test.each([
  [1, { targets: 'x86_64-unknown-linux-musl,,aarch64-unknown-linux-gnu' }, 'targets', 'an entry is empty'],
  [2, { targets: 'x86_64-unknown-linux-musl\n \naarch64-unknown-linux-gnu' }, 'targets', 'an entry is empty'],
  [3, { targets: 'x86_64-unknown-linux-musl, Not A Triple' }, 'targets', '"Not A Triple": not a target triple'],
  [4, { targets: 'a-b-c, a-b-c' }, 'targets', 'a-b-c is listed twice'],
  [5, { target: 'x86_64-unknown-linux-musl', targets: 'aarch64-unknown-linux-gnu' }, 'targets', 'not both'],
  [6, { 'archive-files': 'README.md,,LICENSE' }, 'archive-files', 'an entry is empty'],
  [7, { 'archive-files': '../secrets.txt' }, 'archive-files', '"../secrets.txt": allowed: a path inside'],
  [8, { 'archive-files': '/etc/passwd' }, 'archive-files', '"/etc/passwd": allowed: a path inside'],
])('%i. %j is an error naming %s', (_n, given, input, text) => {
  const e = inputErrorOf(given);
  expect(e.input).toBe(input);
  expect(e.message).toContain(`Input "${input}"`);
  expect(e.message).toContain(text);
});

test('archive-files replaces the default list; empty keeps the default', () => {
  expect(parseGiven({ 'archive-files': 'README.md\ndocs/USAGE.md' }).build.archiveFiles).toEqual([
    'README.md',
    'docs/USAGE.md',
  ]);
  expect(parseGiven({}).build.archiveFiles).toBeUndefined();
});
