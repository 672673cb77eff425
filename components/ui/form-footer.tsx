import { Button } from "./button";

/** The end of every form: the server's refusal, if any, then Cancel and the submit button. */
export function FormFooter(props: { error?: string | null; busy: boolean; submitLabel: string; busyLabel?: string; onCancel: () => void }) {
  return (
    <>
      {props.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {props.error}
        </p>
      )}
      <div className="flex justify-end gap-2 pt-2">
        <Button variant="secondary" onClick={props.onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={props.busy}>
          {props.busy ? (props.busyLabel ?? "Saving…") : props.submitLabel}
        </Button>
      </div>
    </>
  );
}
