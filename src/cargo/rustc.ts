// Parses rustc's human diagnostics (what cargo prints to stderr when a build fails), for the
// places where cargo is not asked for JSON (cargo test).
import { stripAnsi } from '../paths.js';

export interface RustcError {
  message: string;
  code?: string;
  file?: string;
  line?: number;
  column?: number;
  /** The diagnostic as printed, up to the next one. */
  rendered: string;
}

const HEAD = /^error(?:\[(\w+)\])?: (.+)$/;
const ARROW = /^\s*--> (.+):(\d+):(\d+)$/;
// cargo's own closing lines, not diagnostics.
const CARGO_NOISE =
  /^(could not compile|aborting due to|test failed, to rerun|doctest failed|\d+ targets? failed|failed to run|build failed|Some errors have detailed explanations|For more information about)/;

export function parseRustcErrors(stderr: string): RustcError[] {
  const out: RustcError[] = [];
  let cur: RustcError | undefined;
  let body: string[] = [];
  const close = (): void => {
    if (cur) out.push({ ...cur, rendered: body.join('\n').trimEnd() });
    cur = undefined;
    body = [];
  };
  for (const line of stripAnsi(stderr).split(/\r?\n/)) {
    const head = HEAD.exec(line);
    if (
      head ||
      /^(warning|error)(\[\w+\])?: |^\s*(Compiling|Finished|Running|Doc-tests) |^Some errors have|^For more information/.test(
        line,
      )
    ) {
      close();
      if (head && !CARGO_NOISE.test(head[2]!)) {
        cur = { message: head[2]!, ...(head[1] ? { code: head[1] } : {}), rendered: '' };
        body = [line];
      }
      continue;
    }
    if (!cur) continue;
    body.push(line);
    const arrow = ARROW.exec(line);
    if (arrow && cur.file === undefined) {
      cur.file = arrow[1]!;
      cur.line = Number(arrow[2]);
      cur.column = Number(arrow[3]);
    }
  }
  close();
  return out;
}
