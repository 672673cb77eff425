import type { NextRequest } from "next/server";
import { withBffHeaders } from "@/lib/server/http/bff-headers";
import { withSession } from "@/lib/server/http/with-session";
import { serveOperation } from "@/lib/server/operations/serve-operation";

type TParams = { vendor: string; connection: string; path: string[] };

// Every vendor's BFF surface: the operation tables decide what exists and who may call it.
const serve = withSession<TParams>("viewer", (req, { params, user }) => serveOperation(req, user, params));
const handler = async (req: NextRequest, ctx: { params: Promise<TParams> }) => withBffHeaders(req, await serve(req, ctx));

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
