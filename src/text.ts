// Small text helpers every layer shares.

/** The last n lines of a command's output, for error messages. */
export function lastLines(s: string, n = 20): string {
  return s.trimEnd().split('\n').slice(-n).join('\n');
}

/** "1 file", "3 files"; pass the plural form when it is not the word plus "s". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Binary units: "512 B", "2.0 KiB", "1.37 MiB", "1.25 GiB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}

/** Replaces every occurrence of each secret with `***`: the one scrubber for text that may quote a secret. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((acc, s) => (s ? acc.split(s).join('***') : acc), text);
}
