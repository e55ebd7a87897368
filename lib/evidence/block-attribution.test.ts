import { describe, expect, test } from "vitest";
import { attributor, coinbaseText } from "./block-attribution";

const hex = (text: string) => Buffer.from(text, "latin1").toString("hex");
const POOLS = [
  {
    slug: "foundryusa",
    tags: ["/2cDw/", "Foundry USA Pool"],
    addresses: ["bc1qxhmdufsvnuaaaer4ynz88fspdsxq2h9e9cetdj"],
  },
  { slug: "antpool", tags: ["/AntPool/", "Mined by AntPool"], addresses: [] },
  { slug: "broken", tags: ["(unclosed"], addresses: [] },
];

describe("block attribution by the registry's rules", () => {
  const attribute = attributor(POOLS);

  test("reads the coinbase tag in the input's bytes, case-insensitively", () => {
    // Height push, then the pool's text, as a real coinbase scriptSig carries it.
    const coinbase = `03a0bb0d${hex("foundry usa pool #dropgold/")}00000000`;
    expect(coinbaseText(coinbase)).toContain("foundry usa pool");
    expect(attribute(coinbase, [])).toEqual({ slug: "foundryusa", matchedBy: "tag" });
    expect(attribute(hex("\u0003Mined by AntPool"), [])).toEqual({
      slug: "antpool",
      matchedBy: "tag",
    });
  });

  test("a registry payout address wins over a tag", () => {
    expect(
      attribute(hex("Mined by AntPool"), ["bc1qxhmdufsvnuaaaer4ynz88fspdsxq2h9e9cetdj"]),
    ).toEqual({ slug: "foundryusa", matchedBy: "address" });
  });

  test("no rule matching is unknown, never a guess; a pattern that does not compile is literal", () => {
    expect(attribute(hex("/some solo miner/"), ["bc1qnotlisted"])).toEqual({
      slug: "unknown",
      matchedBy: "none",
    });
    expect(attribute(hex("x(unclosed"), [])).toEqual({ slug: "broken", matchedBy: "tag" });
  });
});
