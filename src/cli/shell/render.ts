import { formatValue } from "../../core/interview/answers.ts";
import type { Progress } from "../../core/interview/case-state.ts";
import type { Prompt } from "../../core/interview/interview.ts";

/** A prompt as terminal text, the shell's counterpart of the Slack question blocks. */
export function renderPrompt(prompt: Prompt): string[] {
  switch (prompt.kind) {
    case "question": {
      const { question, section } = prompt;
      const choices = prompt.choices.map((c, i) => `[${i + 1}] ${c.label}`).join("  ");
      const lines = [`Case ${prompt.caseRef} · ${prompt.position} of ${prompt.total} · ${section.title}`, question.text];
      if (question.hint) lines.push(`  ${question.hint}`);
      if (prompt.current) lines.push(`  (now: ${formatValue(question, prompt.current.value)}${prompt.current.note ? ` — ${prompt.current.note}` : ""})`);
      lines.push(`  ${choices}${question.kind === "multi" ? "  (several: 1, 3)" : ""}`);
      lines.push(`  type an answer (a note may follow: "no, it was late") · back · skip · note TEXT · pause`);
      return lines;
    }
    case "complete": {
      const lines = [`Case ${prompt.caseRef} is complete: ${progressLine(prompt.progress)}.`];
      for (const f of prompt.flags) lines.push(`  ⚠ ${f.message}`);
      return lines;
    }
  }
}

export function progressLine(progress: Progress): string {
  const parts = progress.sections.map((s) => `${s.section.short} ${s.answered}/${s.total}`);
  return `${progress.answered} of ${progress.total} answered · ${parts.join(" · ")}`;
}
