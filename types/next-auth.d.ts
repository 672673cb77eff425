import type { DefaultSession } from "next-auth";
import type { TRole } from "@/lib/roles";

declare module "next-auth" {
  interface User {
    role: TRole;
  }
  interface Session {
    user: DefaultSession["user"] & { id: string; role: TRole };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: TRole;
  }
}
