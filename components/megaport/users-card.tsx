import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TMegaportUserView } from "@/lib/vendors/megaport/views";

/** The company's users (GET /v2/employment): who an API key's company is, since the key names no person. */
export function UsersCard({ users, problem }: { users: TMegaportUserView[]; problem: string | null }) {
  return (
    <Card aria-labelledby="users-heading" data-testid="megaport-users">
      <h2 id="users-heading" className="mb-3 font-semibold">
        Company users <span className="font-normal text-zinc-500 tabular-nums dark:text-zinc-400">({users.length})</span>
      </h2>
      {problem ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          Megaport did not list the company&apos;s users: {problem}
        </p>
      ) : users.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Megaport lists no user for this company.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
          {users.map((user) => (
            <li key={user.personId ?? user.email ?? user.name} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <span className="font-medium">{user.name}</span>
              {user.email && <span className="text-zinc-500 dark:text-zinc-400">{user.email}</span>}
              <span className="ml-auto flex flex-wrap gap-1">
                {user.position && <Badge>{user.position}</Badge>}
                {user.mfaEnabled && <Badge tone="green">MFA</Badge>}
                {user.active === false && <Badge tone="amber">Inactive</Badge>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
