"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { answerResendQuestions, type TResendQuestion } from "@/lib/change-outcome";

const ResendDialog = dynamic(() => import("./resend-dialog").then((m) => m.ResendDialog), { loading: () => null });

type TPending = TResendQuestion & { answer: (resend: boolean) => void };

/**
 * Answers the console's "send this change again?" questions (lib/change-outcome) with a dialog:
 * one at a time, each showing what the vendor shows now. Mounted once in the console's shell.
 */
export function ResendHost() {
  const [queue, setQueue] = useState<TPending[]>([]);
  useEffect(() => {
    answerResendQuestions((question) => new Promise<boolean>((resolve) => setQueue((waiting) => [...waiting, { ...question, answer: resolve }])));
    return () => answerResendQuestions(null);
  }, []);
  const [current] = queue;
  if (!current) return null;
  const answer = (resend: boolean) => {
    current.answer(resend);
    setQueue((waiting) => (waiting[0] === current ? waiting.slice(1) : waiting));
  };
  return <ResendDialog key={current.outcome.lostAt} question={current} onAnswer={answer} />;
}
