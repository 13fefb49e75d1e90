import type { Activity, Company } from '../../../model';
import type { StoreContext } from '../../../store/context';

/** The timeline across some deals, newest first (at most `limit` entries). */
export async function timelineOf(
  ctx: StoreContext,
  dealIds: readonly string[],
  limit = 300,
): Promise<Activity[]> {
  const perDeal = await Promise.all(
    dealIds.map((id) =>
      ctx.db.activities
        .where('[dealId+at]')
        .between([id, -Infinity], [id, Infinity])
        .reverse()
        .limit(limit)
        .toArray(),
    ),
  );
  return perDeal
    .flat()
    .sort((a, b) => b.at - a.at)
    .slice(0, limit);
}

/** Companies by id. */
export async function companiesById(ctx: StoreContext): Promise<Map<string, Company>> {
  return new Map((await ctx.db.companies.toArray()).map((c) => [c.id, c]));
}
