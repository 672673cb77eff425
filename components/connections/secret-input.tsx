"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A write-only secret: when one is stored the field only says so, until the admin chooses to replace it. */
export function SecretInput({ id, isSet, canClear, onClear }: { id: string; isSet: boolean; canClear: boolean; onClear: () => void }) {
  const [replacing, setReplacing] = useState(!isSet);
  if (!replacing) {
    return (
      <div className="flex items-center gap-2">
        <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid={`${id}-set`}>
          ●●●●●●●● stored
        </span>
        <Button size="sm" variant="secondary" onClick={() => setReplacing(true)}>
          Replace
        </Button>
        {canClear && (
          <Button size="sm" variant="ghost" onClick={onClear}>
            Remove
          </Button>
        )}
      </div>
    );
  }
  return <Input id={id} name={id} type="password" autoComplete="off" spellCheck={false} />;
}
