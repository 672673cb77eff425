import type { DefaultSession } from "next-auth";
import type { TRole } from "@/lib/roles";

declare module "next-auth" {
  interface User {
    role: TRole;
    /** The user_sessions row this sign-in started. */
    sessionId?: string;
  }
  interface Session {
    user: DefaultSession["user"] & { id: string; role: TRole };
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: TRole;
    sid?: string;
  }
}
