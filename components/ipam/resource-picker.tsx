"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useIpamResources } from "./use-ipam-lists";

/** From this many resources on, a search narrows the list. */
const SEARCH_FROM = 8;

/**
 * The resource (customer) to assign to, from every resource ProVision has, not only those already on
 * a block; a search when the list is long. When ProVision will not list them, the id is typed instead.
 */
export function ResourcePicker(props: { id: string; connectionId: string; value: string; onChange: (value: string) => void; error?: string }) {
  const { id, connectionId, value, onChange, error } = props;
  const query = useIpamResources(connectionId);
  const [search, setSearch] = useState("");
  const resources = query.data?.resources ?? [];
  const invalid = error ? true : undefined;

  if (query.isPending) {
    return (
      <Field id={id} label="Resource">
        <Select id={id} disabled>
          <option>Loading resources from ProVision…</option>
        </Select>
      </Field>
    );
  }
  if (query.isError || resources.length === 0) {
    const why = query.isError ? `ProVision's resources could not be listed (${query.error.message})` : "ProVision lists no resources";
    return (
      <Field id={id} label="Resource id" error={error} hint={`${why}: enter the resource's id.`}>
        <Input id={id} inputMode="numeric" autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid} />
      </Field>
    );
  }

  const needle = search.trim().toLowerCase();
  // The chosen resource stays in the list whatever the search, so the select never shows another one.
  const shown = needle ? resources.filter((r) => String(r.id) === value || `${r.name ?? ""} #${r.id}`.toLowerCase().includes(needle)) : resources;
  const hint = needle ? `${shown.length} of ${resources.length} resources match` : `${resources.length} resources in ProVision`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-700 dark:text-zinc-300">
        Resource
      </label>
      {resources.length >= SEARCH_FROM && (
        <Input type="search" aria-label="Find a resource" placeholder={`Find among ${resources.length} resources: name or id`} value={search} onChange={(event) => setSearch(event.target.value)} />
      )}
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid} aria-describedby={`${id}-hint`}>
        <option value="">Choose a resource…</option>
        {shown.map((resource) => (
          <option key={resource.id} value={String(resource.id)}>
            {resource.name ?? "Resource"} (#{resource.id})
          </option>
        ))}
      </Select>
      {error ? (
        <p id={`${id}-hint`} role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      )}
    </div>
  );
}
