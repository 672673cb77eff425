import "server-only";
import type { TOperation } from "./define-operation";

// Path parameters are vendor ids: no slashes, no dot segments, nothing a URL would reinterpret.
const SAFE_PARAM = /^(?!\.{1,2}$)[A-Za-z0-9._:@~+-]{1,200}$/;

export type TOperationMatch = { operation: TOperation; params: Record<string, string> } | { error: "unknown" | "method" };

/** Finds the declared operation for a method and path; nothing undeclared is ever served. */
export function matchOperation(operations: readonly TOperation[], method: string, segments: string[]): TOperationMatch {
  let pathMatched = false;
  for (const operation of operations) {
    const params = matchPath(operation.path.split("/"), segments);
    if (!params) continue;
    pathMatched = true;
    if (operation.method === method) return { operation, params };
  }
  return { error: pathMatched ? "method" : "unknown" };
}

function matchPath(pattern: string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i]!;
    if (part.startsWith(":")) {
      if (!SAFE_PARAM.test(segment)) return null;
      params[part.slice(1)] = segment;
    } else if (part !== segment) return null;
  }
  return params;
}
