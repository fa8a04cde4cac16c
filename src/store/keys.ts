/** The key layout, in one place. Ids and refs never contain `:` (their schemas forbid it). */
export const keys = {
  inspection: (id: string) => `inspection:${id}`,
  inspections: () => "inspection:",
  case: (insp: string, ref: string) => `case:${insp}:${ref}`,
  cases: (insp: string) => `case:${insp}:`,
  answer: (insp: string, ref: string, question: string) => `answer:${insp}:${ref}:${question}`,
  answers: (insp: string, ref?: string) => (ref ? `answer:${insp}:${ref}:` : `answer:${insp}:`),
  /** Time first so a prefix read comes back in order; the suffix keeps two writers apart. */
  audit: (insp: string, ref: string, at: string, unique: string) => `audit:${insp}:${ref}:${at}:${unique}`,
  audits: (insp: string, ref?: string) => (ref ? `audit:${insp}:${ref}:` : `audit:${insp}:`),
  role: (insp: string, user: string) => `role:${insp}:${user}`,
  roles: (insp: string) => `role:${insp}:`,
  channel: (channel: string) => `channel:${channel}`,
  claim: (key: string) => `claim:${key}`,
  value: (key: string) => `value:${key}`,
} as const;
