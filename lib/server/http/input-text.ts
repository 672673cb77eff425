import "server-only";

export const MAX_INPUT_DEPTH = 32;

// C0 controls and DEL; newline and tab are left to multi-line text (notes) in JSON bodies.
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f]/;

export type TInputProblem = { path: string; message: string };

/**
 * The first place in a parsed input that no vendor call should ever carry: a control character
 * (CR, NUL, escapes…) in a key or a string, or nesting deeper than any form sends.
 * Walked with an explicit stack, so a hostile nesting depth cannot overflow the server's.
 */
export function inputProblem(input: unknown, options: { multiline: boolean }): TInputProblem | null {
  const control = options.multiline ? CONTROL_BUT_NEWLINE_AND_TAB : CONTROL;
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (control.test(value)) return { path, message: `${path || "The value"} contains a control character (such as CR, LF or NUL)` };
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_INPUT_DEPTH) return { path, message: "The input is nested too deeply" };
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (CONTROL.test(key)) return { path: at, message: "A field name contains a control character" };
      stack.push({ value: item, path: at, depth: depth + 1 });
    }
  }
  return null;
}
