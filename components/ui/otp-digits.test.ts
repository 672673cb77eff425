import { expect, test } from "vitest";
import { isWholeOtp, otpDigits } from "./otp-digits";

test("keeps only the digits of a pasted code, whatever separates them", () => {
  expect(otpDigits("123 456")).toBe("123456");
  expect(otpDigits("123-456")).toBe("123456");
  expect(otpDigits(" 12 34 56\n")).toBe("123456");
  expect(otpDigits("Your code: 654321.")).toBe("654321");
});

test("keeps at most six digits, and nothing of letters", () => {
  expect(otpDigits("1234567890")).toBe("123456");
  expect(otpDigits("abc")).toBe("");
  expect(otpDigits("12a")).toBe("12");
});

test("a code is whole at exactly six digits", () => {
  expect(isWholeOtp("123456")).toBe(true);
  expect(isWholeOtp("12345")).toBe(false);
  expect(isWholeOtp("12345a")).toBe(false);
  expect(isWholeOtp("")).toBe(false);
});
