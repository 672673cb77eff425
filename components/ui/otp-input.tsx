"use client";

import { useEffect, useRef, type InputHTMLAttributes } from "react";
import { cn } from "./cn";
import { Input } from "./input";
import { OTP_LENGTH, otpDigits } from "./otp-digits";

type TProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "onPaste" | "type"> & {
  id: string;
  value: string;
  onValueChange: (code: string) => void;
  /** Submits the field's form once a pasted (or autofilled) code is whole; a typed one waits for Enter or the button. */
  autoSubmit?: boolean;
};

/**
 * The console's one field for a one-time code wherever it says "enter the code": the phone's number
 * pad and its code autofill, six digits spaced in a monospace font; a paste keeps only the digits
 * ("123 456" → 123456), and anything else typed is dropped.
 */
export function OtpInput({ value, onValueChange, autoSubmit = false, className, ...props }: TProps) {
  const submitting = useRef<HTMLFormElement | null>(null);
  // The form is submitted once the whole code is rendered: its submit handler reads the new value.
  useEffect(() => {
    const form = submitting.current;
    submitting.current = null;
    if (form && value.length === OTP_LENGTH) form.requestSubmit();
  }, [value]);

  const take = (input: HTMLInputElement, text: string, pasted: boolean) => {
    const code = otpDigits(text);
    const submit = autoSubmit && pasted && code.length === OTP_LENGTH ? input.form : null;
    if (submit && code === value) submit.requestSubmit();
    else submitting.current = submit;
    onValueChange(code);
  };

  return (
    <Input
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={OTP_LENGTH}
      placeholder="123456"
      spellCheck={false}
      {...props}
      value={value}
      onChange={(event) => take(event.currentTarget, event.currentTarget.value, (event.nativeEvent as InputEvent).inputType === "insertReplacementText")}
      onPaste={(event) => {
        // Handled here, not by the browser: maxLength would cut "123 456" to "123 45" before the spaces are dropped.
        event.preventDefault();
        const input = event.currentTarget;
        const start = input.selectionStart ?? input.value.length;
        const end = input.selectionEnd ?? start;
        take(input, input.value.slice(0, start) + event.clipboardData.getData("text") + input.value.slice(end), true);
      }}
      className={cn("w-40 text-center font-mono text-lg tracking-[0.3em]", className)}
    />
  );
}
