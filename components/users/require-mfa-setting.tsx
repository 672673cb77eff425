"use client";

import { Card } from "@/components/ui/card";
import { useSaveSecuritySettings, useSecuritySettings } from "./use-users";

/** The admin's switch: every user must have two-factor authentication. */
export function RequireMfaSetting({ usersWithoutMfa }: { usersWithoutMfa: number | null }) {
  const settings = useSecuritySettings();
  const save = useSaveSecuritySettings();
  const checked = settings.data?.requireMfa ?? false;
  return (
    <Card className="mb-4 flex flex-wrap items-start gap-3">
      <input
        id="require-mfa"
        type="checkbox"
        className="mt-1 size-4 accent-sky-600"
        checked={checked}
        disabled={!settings.data || save.isPending}
        onChange={(event) => save.mutate({ requireMfa: event.target.checked })}
      />
      <div className="min-w-0 flex-1 text-sm">
        <label htmlFor="require-mfa" className="font-medium">
          Require two-factor authentication for every user
        </label>
        <p className="text-zinc-600 dark:text-zinc-400">
          Users without it are sent to set it up right after they sign in, and can do nothing else until they have.
          {usersWithoutMfa !== null && usersWithoutMfa > 0 && ` ${usersWithoutMfa === 1 ? "One user has" : `${usersWithoutMfa} users have`} not set it up yet.`}
        </p>
        {settings.error && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {settings.error.message}
          </p>
        )}
      </div>
    </Card>
  );
}
