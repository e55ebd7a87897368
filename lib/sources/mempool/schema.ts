import { z } from "zod";

/** mempool.space mining API shapes (field names as the API sends them). */

/** `GET /api/v1/mining/pools/{period}`: blocks per pool in the period ending now. */
export const poolsResponseSchema = z.object({
  pools: z.array(
    z.object({
      poolId: z.number().int().optional(),
      name: z.string().min(1),
      link: z.string().optional(),
      blockCount: z.number().int().nonnegative(),
      rank: z.number().int().optional(),
      emptyBlocks: z.number().int().optional(),
      slug: z.string().min(1),
      poolUniqueId: z.number().int().optional(),
    }),
  ),
  blockCount: z.number().int().positive(),
  lastEstimatedHashrate: z.number().nonnegative().optional(),
});

/** `GET /api/v1/mining/hashrate/pools/{period}`: weekly hashrate share per pool. */
export const hashratePoolsResponseSchema = z.array(
  z.object({
    timestamp: z.number().int().positive(),
    avgHashrate: z.number().nonnegative(),
    share: z.number().min(0).max(1),
    poolName: z.string().min(1),
  }),
);

/** `GET /api/v1/mining/hashrate/{period}`: network hashrate (H/s) per day, and difficulty. */
export const hashrateResponseSchema = z.object({
  hashrates: z.array(
    z.object({ timestamp: z.number().int().positive(), avgHashrate: z.number().nonnegative() }),
  ),
  difficulty: z.array(z.unknown()).optional(),
  currentHashrate: z.number().nonnegative().optional(),
  currentDifficulty: z.number().nonnegative().optional(),
});
