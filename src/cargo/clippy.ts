// Parses `cargo clippy --message-format=json` output into diagnostics.
export interface Diagnostic {
  level: 'error' | 'warning' | 'note' | 'help' | 'failure-note' | 'ice';
  message: string;
  /** Lint or error code, e.g. "clippy::needless_return" or "E0308". */
  code?: string;
  /** Path as rustc printed it (relative to the workspace root, or absolute). */
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  rendered: string;
  /** Manifest of the package the diagnostic belongs to. */
  manifestPath?: string;
}

interface Span {
  file_name: string;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  expansion?: { span: Span } | null;
}

interface CompilerMessage {
  reason: string;
  manifest_path?: string;
  message?: {
    level: Diagnostic['level'];
    message: string;
    code?: { code: string } | null;
    spans: Span[];
    rendered?: string | null;
  };
}

/** Follows macro expansions back to the span in the user's source. */
function userSpan(span: Span): Span {
  let s = span;
  while (s.expansion?.span && (s.file_name.startsWith('<') || s.file_name.includes('/.cargo/'))) s = s.expansion.span;
  return s;
}

export function parseClippyJson(stdout: string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.startsWith('{')) continue;
    let msg: CompilerMessage;
    try {
      msg = JSON.parse(line) as CompilerMessage;
    } catch {
      continue;
    }
    if (msg.reason !== 'compiler-message' || !msg.message) continue;
    const m = msg.message;
    // Summary lines such as "aborting due to 2 previous errors" or "3 warnings emitted".
    if (m.spans.length === 0 && /^(aborting due to|\d+ warnings? emitted|warning: .* generated)/.test(m.message))
      continue;
    if (/^`.*` \((lib|bin|test|example|bench)[^)]*\) generated \d+ warnings?/.test(m.message)) continue;
    const primary = m.spans.find((s) => s.is_primary);
    const span = primary ? userSpan(primary) : undefined;
    const d: Diagnostic = {
      level: m.level,
      message: m.message,
      rendered: (m.rendered ?? m.message).replace(/\n+$/, ''),
      ...(m.code?.code ? { code: m.code.code } : {}),
      ...(span
        ? {
            file: span.file_name,
            line: span.line_start,
            endLine: span.line_end,
            column: span.column_start,
            endColumn: span.column_end,
          }
        : {}),
      ...(msg.manifest_path ? { manifestPath: msg.manifest_path } : {}),
    };
    // The same diagnostic is reported once per target (lib and its test build): keep one.
    const key = `${d.level}|${d.code ?? ''}|${d.file ?? ''}|${d.line ?? ''}|${d.column ?? ''}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
