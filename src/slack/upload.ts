import type { Ctx } from "./deps.ts";

export interface Upload {
  channel: string;
  bytes: Buffer;
  filename: string;
  title: string;
  /** The message posted with the file. */
  comment?: string;
  /** For an image: what it shows, for screen readers. */
  altText?: string;
  /** Shared in this thread of the channel. */
  thread?: string;
}

/** Files go to Slack by upload, never pasted into message text (DESIGN.md): files.uploadV2
 * asks for an upload URL, posts the bytes there, then shares the file in the channel. */
export async function uploadFile(ctx: Ctx, upload: Upload): Promise<void> {
  const file = {
    channel_id: upload.channel,
    file: upload.bytes,
    filename: upload.filename,
    title: upload.title,
    ...(upload.comment ? { initial_comment: upload.comment } : {}),
    ...(upload.altText ? { alt_text: upload.altText } : {}),
  };
  await ctx.client.filesUploadV2(upload.thread ? { ...file, thread_ts: upload.thread } : file);
}

/** The direct message channel between the app and a person, for files meant for them alone. */
export async function directChannel(ctx: Ctx, user: string): Promise<string> {
  const opened = await ctx.client.conversations.open({ users: user });
  if (!opened.channel?.id) throw new Error(`conversations.open gave no channel for ${user}`);
  return opened.channel.id;
}
