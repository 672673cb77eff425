import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { audit } from "../audit";
import { instanceSecret } from "../instance-secret";
import { findUserByEmail } from "../users";
import { dummyPasswordHash, verifyPassword } from "./password";
import { ZRole } from "@/lib/roles";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

const ZCredentials = z.object({ email: z.string().trim().email().max(254), password: z.string().min(1).max(1024) });

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? forwarded.split(",")[0]!.trim() : null;
}

async function authorize(credentials: Record<string, string> | undefined, req: { headers?: Record<string, unknown> }) {
  const ip = clientIp(req.headers);
  const parsed = ZCredentials.safeParse(credentials ?? {});
  const email = parsed.success ? parsed.data.email.toLowerCase() : String(credentials?.email ?? "").slice(0, 254);
  const user = parsed.success ? await findUserByEmail(email) : undefined;
  // Verify against a dummy hash when there is no such user, so timing does not reveal accounts.
  const valid = parsed.success && (await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyPasswordHash())));
  if (!user || !valid) {
    await audit({ actor: null, action: "auth.sign_in", target: email, outcome: "failed", ip, details: { reason: "invalid credentials" } });
    return null;
  }
  await audit({ actor: { id: user.id, email: user.email }, action: "auth.sign_in", target: user.email, ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Built on demand so the secret is read (or generated) at run time, not at build time. */
export function authOptions(): NextAuthOptions {
  return {
    secret: instanceSecret("NEXTAUTH_SECRET"),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, req) => authorize(credentials, req),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user && "role" in user) token.role = ZRole.parse(user.role);
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub && token.role) Object.assign(session.user, { id: token.sub, role: token.role });
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sub && token.email) {
          await audit({ actor: { id: token.sub, email: token.email }, action: "auth.sign_out", target: token.email });
        }
      },
    },
  };
}
