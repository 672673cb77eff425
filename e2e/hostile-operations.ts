import { execFileSync } from "node:child_process";

export type TJsonSchema = { type?: string; properties?: Record<string, TJsonSchema>; required?: string[]; pattern?: string; enum?: unknown[]; anyOf?: TJsonSchema[]; items?: TJsonSchema };
export type TListedOperation = { vendor: string; name: string; method: string; path: string; role: "viewer" | "operator" | "admin"; input: TJsonSchema | null };

let listed: TListedOperation[] | undefined;

/**
 * Every vendor's BFF operations as the server has them right now (vendor-operations.ts), read by
 * importing the tables in a child process; names, methods, paths, roles and input shapes only.
 */
export function listOperations(): TListedOperation[] {
  listed ??= JSON.parse(
    execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/hostile-list-operations.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 }),
  ) as TListedOperation[];
  return listed;
}

/** An operation path with every :param filled by `value(name)`, e.g. "devices/:id" → "devices/1". */
export const fillPath = (path: string, value: (name: string) => string) =>
  path.split("/").map((part) => (part.startsWith(":") ? value(part.slice(1)) : part)).join("/");
