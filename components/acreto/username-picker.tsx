"use client";

import { useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useCustomers } from "./use-customers";
import { useEcosystemUsers } from "./use-ecosystem";

type TProps = { connectionId: string; ownUsername: string | null; value: string; onChange: (username: string) => void };

/** The Acreto username to enrol: typed, or suggested from the connection's own account and an ecosystem's users. */
export function UsernamePicker({ connectionId, ownUsername, value, onChange }: TProps) {
  const listId = useId();
  const [source, setSource] = useState("");
  const customers = useCustomers(connectionId);
  const [customer, ecosystem] = source.split("/");
  const users = useEcosystemUsers(connectionId, { customer: customer ?? "", ecosystem: ecosystem ?? "" }, Boolean(customer && ecosystem));
  const suggestions = [...new Set([...(ownUsername ? [ownUsername] : []), ...(source ? (users.data?.users ?? []).flatMap((user) => (user.username ? [user.username] : [])) : [])])];

  return (
    <div className="flex flex-wrap items-start gap-3">
      <Field id="mfa-username" label="Acreto username" hint={ownUsername ? `This connection signs in as ${ownUsername}.` : undefined}>
        <Input id="mfa-username" list={listId} value={value} onChange={(event) => onChange(event.target.value)} autoComplete="off" spellCheck={false} className="w-80" />
      </Field>
      <datalist id={listId}>
        {suggestions.map((username) => (
          <option key={username} value={username} />
        ))}
      </datalist>
      <Field id="mfa-source" label="Suggest users of an ecosystem" hint={source && users.isFetching ? "Loading users…" : source ? `${users.data?.users.length ?? 0} users suggested in the username field.` : undefined}>
        <Select id="mfa-source" value={source} onChange={(event) => setSource(event.target.value)} className="w-72" disabled={!customers.data}>
          <option value="">{customers.isPending ? "Loading ecosystems…" : "None"}</option>
          {customers.data?.customers.map((c) => (
            <optgroup key={c.uuid} label={c.name}>
              {c.ecosystems.map((e) => (
                <option key={e.uuid} value={`${c.uuid}/${e.uuid}`}>
                  {e.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
    </div>
  );
}
