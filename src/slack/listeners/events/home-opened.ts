import { homeFor } from "../../../service/home.ts";
import { buildHomeView } from "../../blocks/home.ts";
import type { Ctx } from "../../deps.ts";

/** App Home: every inspection the user has a role in, what is in progress and what waits for
 * them (homeFor decides what they may see). */
export async function onHomeOpened(ctx: Ctx, user: string): Promise<void> {
  await ctx.client.views.publish({ user_id: user, view: buildHomeView(await homeFor(ctx.deps.store, user)) });
}
