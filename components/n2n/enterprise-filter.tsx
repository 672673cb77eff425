"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Asks N2N for one enterprise and everything under it (server-side, from the first page on); suggestions come from the devices seen. */
export function EnterpriseFilter({ value, suggestions, onChange }: { value: string | null; suggestions: string[]; onChange: (enterpriseId: string | null) => void }) {
  const [draft, setDraft] = useState(value ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft.trim() || null);
  };
  return (
    <form onSubmit={submit} className="flex items-center gap-1.5" role="search" aria-label="Enterprise filter">
      <Input
        aria-label="Enterprise"
        placeholder="Enterprise, e.g. nnn.agrinet"
        list="n2n-enterprises"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        className="w-64 font-mono text-xs"
        spellCheck={false}
      />
      <datalist id="n2n-enterprises">
        {suggestions.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <Button type="submit" variant="secondary" size="sm">
        Filter
      </Button>
      {value && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setDraft("");
            onChange(null);
          }}
        >
          All enterprises
        </Button>
      )}
    </form>
  );
}
