import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/options";

type TContext = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, context: TContext) {
  return NextAuth(req, context, authOptions());
}

export { handler as GET, handler as POST };
