import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { conflict } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { createUser, findUserByEmail, listUsers } from "@/lib/server/users";
import { ZRole } from "@/lib/roles";
import { ZPassword } from "@/lib/setup-input";

const ZNewUser = z.object({
  email: z.email("Enter an email address").max(254),
  name: z.string().trim().max(100).default(""),
  role: ZRole,
  password: ZPassword,
});

export const GET = withSession("admin", async () => Response.json({ users: await listUsers() }));

export const POST = withSession("admin", async (req, { user }) => {
  const input = await readJson(req, ZNewUser);
  if (await findUserByEmail(input.email)) throw conflict("A user with this email already exists");
  const created = await createUser(input);
  await audit({ actor: user, action: "user.create", target: created.email, details: { role: created.role } });
  return Response.json({ user: created }, { status: 201 });
});
