import type { Progress } from "../core/interview/case-state.ts";
import type { Prompt } from "../core/interview/interview.ts";
import type { Answer, Case } from "../core/records.ts";
import type { Flag } from "../core/scoring/flags.ts";
import type { Store } from "../store/store.ts";

export type QuestionPrompt = Extract<Prompt, { kind: "question" }>;
export type CompletePrompt = Extract<Prompt, { kind: "complete" }>;

/** How a question message ends when the conversation moves on: with its answer, or a status line. */
export type Closing = { answer: Answer } | { status: string };

/** A case's root, as every platform shows it: the case, its manager and its progress. */
export interface CaseRootView {
  kase: Case;
  progress: Progress;
  flags: Flag[];
}

/** Where the question of one turn is shown. */
export interface QuestionPost {
  prompt: QuestionPrompt;
  /** The inspection and turn, which a platform's buttons carry so an old click is recognised. */
  inspection: string;
  turn: number;
  manager?: string;
  /** Whether the case has answers to note on or change. */
  hasAnswers: boolean;
}

/** What a chat platform does for a case's conversation: the whole contract between the turn
 * protocol and Slack (Block Kit), the shell (terminal lines) or any other chat. Everything is a
 * neutral view model; the adapter renders it. */
export interface ThreadTransport {
  /** Shows the question of a new turn; returns the id of its message, if the platform has ids. */
  postQuestion(kase: Case, post: QuestionPost): Promise<string | undefined>;
  /** Ends an earlier turn's question message (`id`, as postQuestion returned it). */
  closeQuestion(kase: Case, id: string, prompt: QuestionPrompt, closing: Closing): Promise<void>;
  /** Shows that the case is complete, with its flags. */
  postComplete(kase: Case, prompt: CompletePrompt): Promise<void>;
  /** Refreshes the case's root (its progress line). */
  updateRoot(view: CaseRootView): Promise<void>;
  /** A person as the platform names them in text (a mention in Slack, the name in the shell). */
  name(user: string | undefined): string;
}

/** The log the turn protocol writes to (pino's logger fits). */
export interface ConversationLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What the turn protocol needs: the store, a log, a clock and the platform. */
export interface Conversation {
  store: Store;
  log: ConversationLog;
  now: () => string;
  transport: ThreadTransport;
}
