import "server-only";
import { getServerSession } from "next-auth";
import { findUserById } from "../users";
import { authOptions } from "./options";
import type { TRole } from "@/lib/roles";

export type TSessionUser = { id: string; email: string; name: string; role: TRole };

/** The signed-in user, re-read from the database so a deleted user or changed role applies at once. */
export async function currentUser(): Promise<TSessionUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(id);
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}
