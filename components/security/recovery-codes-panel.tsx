"use client";

import { Download } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";
import { saveTextFile } from "@/components/ui/save-text-file";
import { Button } from "@/components/ui/button";

const FILE_HEADER = "Patchbay recovery codes. Each one signs you in once instead of a code from the app. Keep them safe.";

/** The ten recovery codes, shown once: copy or download them before leaving. */
export function RecoveryCodesPanel({ email, codes, onDone }: { email: string; codes: string[]; onDone: () => void }) {
  const text = codes.join("\n");
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-900 dark:bg-amber-950/30">
      <h3 id="recovery-codes-title" className="font-semibold">
        Save your recovery codes
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        If you lose your phone, each code signs you in once instead of a code from the app. This is the only time Patchbay shows them: it keeps only a hash.
      </p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm tracking-wider sm:w-max" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={text} label="recovery codes" />
        <Button variant="secondary" size="sm" onClick={() => saveTextFile(`${FILE_HEADER}\n${email}\n\n${text}\n`, "patchbay-recovery-codes.txt", "text/plain")}>
          <Download size={14} aria-hidden />
          Download
        </Button>
        <Button size="sm" onClick={onDone} className="ml-auto">
          I have saved them
        </Button>
      </div>
    </section>
  );
}
