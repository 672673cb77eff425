"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Pencil } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/tables";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/empty-state";
import { formatDay } from "@/components/ui/format-time";
import { Select } from "@/components/ui/input";
import { useNow } from "@/components/ui/use-now";
import { ROLES, type TRole } from "@/lib/role-names";
import { LastSignIn } from "./last-sign-in";
import { RequireMfaSetting } from "./require-mfa-setting";
import { roleChangeQuestion } from "./role-change";
import { useChangeRole, useDeleteUser, useResetMfa, useSignOutEverywhere, useUnlockUser, useUsers, type TUserRow } from "./use-users";

// Loaded when the dialog opens: its form (react-hook-form, zod) is not needed to list the users.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
const UserForm = dynamic(() => import("./user-form").then((m) => m.UserForm), { loading: () => null });
const EditNameForm = dynamic(() => import("./edit-name-form").then((m) => m.EditNameForm), { loading: () => null });
const ResetPasswordForm = dynamic(() => import("./reset-password-form").then((m) => m.ResetPasswordForm), { loading: () => null });

type TEditing = { form: "name" | "password"; user: TUserRow };

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
  const { data, error, isPending, refetch } = useUsers();
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<TPending | null>(null);
  const [editing, setEditing] = useState<TEditing | null>(null);
  const [roleChange, setRoleChange] = useState<{ user: TUserRow; role: TRole } | null>(null);
  const changeRole = useChangeRole();
  const nowMs = useNow(60_000);
  const admins = data?.filter((user) => user.role === "admin").length ?? 0;
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
      {
        accessorKey: "name",
        header: "Name",
        cell: ({ row }) => (
          <span className="flex items-center gap-1">
            <span className={row.original.name ? undefined : "text-zinc-500 dark:text-zinc-400"}>{row.original.name || "—"}</span>
            <Button size="sm" variant="ghost" className="h-7 px-1.5" onClick={() => setEditing({ form: "name", user: row.original })} aria-label={`Edit name of ${row.original.email}`} title="Edit name">
              <Pencil size={14} aria-hidden />
            </Button>
          </span>
        ),
      },
      {
        accessorKey: "role",
        header: "Role",
        cell: ({ row }) => {
          const lastAdmin = row.original.role === "admin" && admins <= 1;
          return (
            <Select
              aria-label={`Role of ${row.original.email}`}
              // Controlled by the saved role: a change shows only once it is confirmed and saved.
              value={row.original.role}
              className="h-8 w-32"
              disabled={lastAdmin}
              title={lastAdmin ? "The console needs at least one admin: make someone else an admin first" : undefined}
              onChange={(e) => setRoleChange({ user: row.original, role: e.target.value as TRole })}
            >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
              ))}
            </Select>
          );
        },
      },
      {
        id: "mfa",
        header: "MFA",
        accessorFn: (user) => (user.mfaEnabled ? "on" : "off"),
        cell: ({ row }) => <Badge tone={row.original.mfaEnabled ? "green" : "gray"}>{row.original.mfaEnabled ? "On" : "Off"}</Badge>,
      },
      { accessorKey: "activeSessions", header: "Sessions", cell: ({ row }) => <span className="tabular-nums">{row.original.activeSessions}</span> },
      {
        id: "lastSignIn",
        header: "Last sign-in",
        // Never signed in sorts as the oldest.
        accessorFn: (user) => (user.lastSignInAt ? new Date(user.lastSignInAt).getTime() : 0),
        enableGlobalFilter: false,
        cell: ({ row }) => <LastSignIn at={row.original.lastSignInAt} nowMs={nowMs} />,
      },
      { accessorKey: "createdAt", header: "Added", cell: ({ row }) => formatDay(row.original.createdAt) },
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
              <Button size="sm" variant="ghost" onClick={() => setEditing({ form: "password", user: row.original })} aria-label={`Reset password of ${row.original.email}`}>
                Reset password
              </Button>
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
    [selfId, admins, nowMs],
  );

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const confirm = pending && CONFIRM[pending.action];
  const question = roleChange && roleChangeQuestion(roleChange.user, roleChange.role, roleChange.user.id === selfId);
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
      <Dialog open={editing?.form === "name"} onClose={() => setEditing(null)} title={`Name of ${editing?.user.email ?? ""}`}>
        {editing?.form === "name" && <EditNameForm user={editing.user} onDone={() => setEditing(null)} />}
      </Dialog>
      <Dialog open={editing?.form === "password"} onClose={() => setEditing(null)} title={`Reset the password of ${editing?.user.email ?? ""}`}>
        {editing?.form === "password" && <ResetPasswordForm user={editing.user} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        open={roleChange !== null}
        title={question?.title ?? ""}
        confirmLabel={question?.confirmLabel ?? ""}
        busy={changeRole.isPending}
        onCancel={() => setRoleChange(null)}
        onConfirm={() => roleChange && changeRole.mutate(roleChange, { onSettled: () => setRoleChange(null) })}
      >
        {question?.text}
      </ConfirmDialog>
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
