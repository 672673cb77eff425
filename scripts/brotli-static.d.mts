import type { IncomingMessage, ServerResponse } from "node:http";

export function acceptsBrotli(acceptEncoding: string | string[] | undefined | null): boolean;
export function brotliStatic(staticDir: string): (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
