import { describe, expect, test } from "vitest";
import { checkAdmin } from "./admin-auth";

describe("checkAdmin", () => {
  test("disables admin endpoints when no token is configured, whatever is sent", () => {
    expect(checkAdmin("Bearer anything", undefined)).toMatchObject({
      ok: false,
      status: 403,
      code: "admin_disabled",
    });
    expect(checkAdmin(null, "")).toMatchObject({ ok: false, status: 403 });
  });
  test("refuses a missing, malformed or wrong token", () => {
    expect(checkAdmin(null, "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkAdmin("Basic czNjcmV0", "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkAdmin("Bearer s3cre", "s3cret")).toMatchObject({ ok: false, status: 401 });
    expect(checkAdmin("Bearer s3cret-and-more", "s3cret")).toMatchObject({
      ok: false,
      status: 401,
    });
  });
  test("accepts the configured token", () => {
    expect(checkAdmin("Bearer s3cret", "s3cret")).toEqual({ ok: true });
    expect(checkAdmin("bearer s3cret", "s3cret")).toEqual({ ok: true });
  });
});
