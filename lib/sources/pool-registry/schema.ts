import { z } from "zod";

/** bitcoin-data/mining-pools `pool-list.json`: one object per pool. */
export const poolListSchema = z
  .array(
    z.object({
      id: z.number().int(),
      name: z.string().min(1),
      addresses: z.array(z.string()),
      tags: z.array(z.string()),
      link: z.string(),
    }),
  )
  .min(1);
