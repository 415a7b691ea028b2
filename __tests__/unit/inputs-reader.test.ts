// Raw input values (src/inputs/reader.ts): shell-like words without a shell.
import { describe, expect, test } from 'vitest';
import { splitArgs } from '../../src/inputs/reader.js';

describe('splitArgs keeps shell metacharacters literal', () => {
  test.each([
    ['', []],
    ['-W clippy::pedantic', ['-W', 'clippy::pedantic']],
    [`--test-threads=1 'a b' "c \\" d"`, ['--test-threads=1', 'a b', 'c " d']],
    ['$(touch pwned); rm -rf / | cat `id` > x', ['$(touch', 'pwned);', 'rm', '-rf', '/', '|', 'cat', '`id`', '>', 'x']],
    ['a\\ b ""', ['a b', '']],
  ])('%j', (value, expected) => {
    expect(splitArgs(value)).toEqual(expected);
  });
});
