"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { ROLES, type TRole } from "@/lib/roles";
import { UserForm } from "./user-form";
import { useDeleteUser, useUpdateUserRole, useUsers, type TUserRow } from "./use-users";

export function UsersManager({ selfId }: { selfId: string }) {
  const { data, error, isPending } = useUsers();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<TUserRow | null>(null);
  const updateRole = useUpdateUserRole();
  const remove = useDeleteUser();

  const columns = useMemo<ColumnDef<TUserRow, unknown>[]>(
    () => [
      { accessorKey: "email", header: "Email", cell: ({ row }) => <span className="font-medium">{row.original.email}</span> },
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
      { accessorKey: "createdAt", header: "Added", cell: ({ row }) => new Date(row.original.createdAt).toLocaleDateString() },
      {
        id: "actions",
        header: "",
        enableSorting: false,
        cell: ({ row }) =>
          row.original.id !== selfId && (
            <Button size="sm" variant="ghost" onClick={() => setDeleting(row.original)} aria-label={`Delete ${row.original.email}`}>
              Delete
            </Button>
          ),
      },
    ],
    [selfId, updateRole],
  );

  if (error) return <ErrorState error={error} />;
  return (
    <>
      <DataTable
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
        open={deleting !== null}
        title={`Delete ${deleting?.email ?? ""}?`}
        confirmLabel="Delete user"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting, { onSettled: () => setDeleting(null) })}
      >
        They lose access at once. The audit trail keeps their past actions.
      </ConfirmDialog>
    </>
  );
}
