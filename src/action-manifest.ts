/**
 * Where action.yml may hold `${{ … }}` template expressions. The runner evaluates expressions in an
 * action manifest and fails "Set up job" on any it does not allow, so a description showing
 * `${{ github.ref }}` as an example breaks every workflow that uses the action.
 * GitHub's action schema allows expressions only in an input's `default`, and there only these
 * contexts (actions/runner src/Runner.Worker/action_yaml.json, "input-default-context").
 * Used by scripts/gen-action.mjs (refuses to write such a manifest) and by the manifest test.
 */
export const INPUT_DEFAULT_CONTEXTS = ['github', 'strategy', 'matrix', 'job', 'runner'] as const;

const EXPRESSION = /\$\{\{([\s\S]*?)(\}\}|$)/g;
const LITERALS = new Set(['true', 'false', 'null']);

/** The contexts an expression reads: identifiers that start a property path (not after `.`, not a call). */
export function expressionContexts(expression: string): string[] {
  const code = expression.replace(/'(?:[^']|'')*'/g, "''");
  const names = code.match(/(?<![\w.-])[A-Za-z_][\w-]*(?![\w-]*\s*\()/g) ?? [];
  return [...new Set(names.filter((n) => !LITERALS.has(n)))];
}

/** One problem per expression in a place GitHub does not evaluate it, naming where it is. */
export function misplacedExpressions(where: string, text: string, allowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(EXPRESSION)) {
    if (m[2] !== '}}') {
      problems.push(`${where}: unclosed "\${{" in ${JSON.stringify(text)}`);
      continue;
    }
    const denied = expressionContexts(m[1] ?? '').filter((c) => !allowed.includes(c));
    if (allowed.length === 0 || denied.length > 0) {
      const why =
        allowed.length === 0 ? 'no expressions are allowed here' : `context ${denied.join(', ')} is not allowed here`;
      problems.push(`${where}: ${JSON.stringify(m[0])} (${why}; write the example as plain text without the braces)`);
    }
  }
  return problems;
}

/** Every string in the manifest, with its path ("inputs.cell.description"). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

/** Problems with expressions anywhere in a parsed action.yml: only input defaults may hold them. */
export function manifestExpressionErrors(manifest: object): string[] {
  return strings(manifest, '').flatMap(([path, text]) => {
    const inputDefault = /^inputs\.[^.]+\.default$/.test(path);
    return misplacedExpressions(path, text, inputDefault ? INPUT_DEFAULT_CONTEXTS : []);
  });
}
