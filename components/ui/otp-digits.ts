/** Digits in a one-time code. */
export const OTP_LENGTH = 6;

/** What a one-time-code field keeps of what was typed or pasted: its digits, at most six ("123 456" → "123456"). */
export function otpDigits(text: string): string {
  return text.replace(/\D/g, "").slice(0, OTP_LENGTH);
}

/** Whether a code is whole: six digits. */
export const isWholeOtp = (code: string) => code.length === OTP_LENGTH && /^\d+$/.test(code);
