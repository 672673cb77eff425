"use client";

import type { ColumnDef } from "@tanstack/react-table";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/tables";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { ROLES, type TRole } from "@/lib/role-names";
import { RequireMfaSetting } from "./require-mfa-setting";
import { useDeleteUser, useResetMfa, useSignOutEverywhere, useUnlockUser, useUpdateUserRole, useUsers, type TUserRow } from "./use-users";

// Loaded when the dialog opens: its form (react-hook-form, zod) is not needed to list the users.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const UserForm = dynamic(() => import("./user-form").then((m) => m.UserForm), { loading: () => null });

type TPending = { action: "delete" | "reset_mfa" | "sign_out" | "unlock"; user: TUserRow };

const CONFIRM: Record<TPending["action"], { title: (email: string) => string; label: string; text: string }> = {
  delete: { title: (email) => `Delete ${email}?`, label: "Delete user", text: "They lose access at once. The audit trail keeps their past actions." },
  reset_mfa: {
    title: (email) => `Reset two-factor authentication of ${email}?`,
    label: "Reset MFA",
    text: "Their authenticator secret and recovery codes stop working and every session of theirs ends. They sign in with the password alone and can set it up again (at once, when it is required).",
  },
  unlock: {
    title: (email) => `Unlock ${email}?`,
    label: "Unlock",
    text: "Wrong passwords locked this account from at least one address. Unlocking forgets them, so it can be tried from there again at once. If you did not expect the lock, someone may be guessing the password.",
  },
  sign_out: {
    title: (email) => `Sign ${email} out everywhere?`,
    label: "Sign out everywhere",
    text: "Every browser signed in as them is signed out at its next request. Their password and MFA stay as they are.",
  },
};

export function UsersManager({ selfId }: { selfId: string }) {
  const { data, error, isPending } = useUsers();
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<TPending | null>(null);
  const updateRole = useUpdateUserRole();
  const remove = useDeleteUser();
  const resetMfa = useResetMfa();
  const signOut = useSignOutEverywhere();
  const unlock = useUnlockUser();
  const running = { delete: remove, reset_mfa: resetMfa, sign_out: signOut, unlock };

  const columns = useMemo<ColumnDef<TUserRow, unknown>[]>(
    () => [
      {
        accessorKey: "email",
        header: "Email",
        cell: ({ row }) => (
          <span className="flex items-center gap-2">
            <span className="font-medium">{row.original.email}</span>
            {row.original.locked && <Badge tone="red">Locked out</Badge>}
          </span>
        ),
      },
      { accessorKey: "name", header: "Name" },
      {
        accessorKey: "role",
        header: "Role",
        cell: ({ row }) => (
          <Select
            aria-label={`Role of ${row.original.email}`}
            value={row.original.role}
            className="h-8 w-32"
            onChange={(e) => updateRole.mutate({ id: row.original.id, role: e.target.value as TRole })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </Select>
        ),
      },
      {
        id: "mfa",
        header: "MFA",
        accessorFn: (user) => (user.mfaEnabled ? "on" : "off"),
        cell: ({ row }) => <Badge tone={row.original.mfaEnabled ? "green" : "gray"}>{row.original.mfaEnabled ? "On" : "Off"}</Badge>,
      },
      { accessorKey: "activeSessions", header: "Sessions", cell: ({ row }) => <span className="tabular-nums">{row.original.activeSessions}</span> },
      { accessorKey: "createdAt", header: "Added", cell: ({ row }) => new Date(row.original.createdAt).toLocaleDateString() },
      {
        id: "actions",
        header: "",
        enableSorting: false,
        cell: ({ row }) =>
          row.original.id === selfId ? (
            <span className="text-xs text-zinc-500">You — see Security</span>
          ) : (
            <div className="flex justify-end gap-1 whitespace-nowrap">
              {row.original.locked && (
                <Button size="sm" variant="ghost" onClick={() => setPending({ action: "unlock", user: row.original })} aria-label={`Unlock ${row.original.email}`}>
                  Unlock
                </Button>
              )}
              <Button size="sm" variant="ghost" onClick={() => setPending({ action: "sign_out", user: row.original })} aria-label={`Sign out ${row.original.email} everywhere`}>
                Sign out everywhere
              </Button>
              {row.original.mfaEnabled && (
                <Button size="sm" variant="ghost" onClick={() => setPending({ action: "reset_mfa", user: row.original })} aria-label={`Reset MFA of ${row.original.email}`}>
                  Reset MFA
                </Button>
              )}
              <Button size="sm" variant="ghost" onClick={() => setPending({ action: "delete", user: row.original })} aria-label={`Delete ${row.original.email}`}>
                Delete
              </Button>
            </div>
          ),
      },
    ],
    [selfId, updateRole],
  );

  if (error) return <ErrorState error={error} />;
  const confirm = pending && CONFIRM[pending.action];
  return (
    <>
      <RequireMfaSetting usersWithoutMfa={data ? data.filter((user) => !user.mfaEnabled).length : null} />
      <DataTable
        rowKey={(user) => user.id}
        data={data ?? []}
        columns={columns}
        searchLabel="Search users"
        empty={isPending ? "Loading…" : "No users match."}
        toolbar={<Button onClick={() => setAdding(true)}>Add user</Button>}
      />
      <Dialog open={adding} onClose={() => setAdding(false)} title="Add user">
        {adding && <UserForm onDone={() => setAdding(false)} />}
      </Dialog>
      <ConfirmDialog
        open={pending !== null}
        title={confirm?.title(pending?.user.email ?? "") ?? ""}
        confirmLabel={confirm?.label ?? ""}
        busy={pending ? running[pending.action].isPending : false}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && running[pending.action].mutate(pending.user, { onSettled: () => setPending(null) })}
      >
        {confirm?.text}
      </ConfirmDialog>
    </>
  );
}
