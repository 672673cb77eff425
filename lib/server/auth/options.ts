import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { audit } from "../audit";
import { instanceSecret } from "../instance-secret";
import { clientOf } from "./client-address";
import { SESSION_MAX_AGE_S } from "./session-policy";
import { revokeSession } from "./sessions";
import { signIn } from "./sign-in";
import { ZRole } from "@/lib/roles";

/** What authorize() throws for the login form to show the code step; every refusal is a plain null. */
export const CODE_REQUIRED = "code_required";

const ZSessionId = z.uuid();

async function authorize(credentials: Record<string, string> | undefined, req: { headers?: Record<string, unknown> }) {
  const result = await signIn(credentials ?? {}, clientOf(req.headers));
  if (result.outcome === "code_required") throw new Error(CODE_REQUIRED);
  return result.outcome === "signed_in" ? result.user : null;
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
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication code", type: "text" },
          recoveryCode: { label: "Recovery code", type: "text" },
        },
        authorize: (credentials, req) => authorize(credentials, req),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user && "role" in user) {
          token.role = ZRole.parse(user.role);
          token.sid = ZSessionId.parse(user.sessionId);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub && token.role) Object.assign(session.user, { id: token.sub, role: token.role });
        if (token.sid) session.sessionId = token.sid;
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeSession(token.sid, "signed_out");
        if (token?.sub && token.email) {
          await audit({ actor: { id: token.sub, email: token.email }, action: "auth.sign_out", target: token.email });
        }
      },
    },
  };
}
