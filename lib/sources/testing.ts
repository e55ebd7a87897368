import { afterEach, beforeEach } from "vitest";
import { type ReplayServer, type Route, startReplayServer } from "../http/testing";
import type { Store } from "../store/db";
import { type TestDialect, useMigratedStore } from "../store/testing";

interface SourceTestBed {
  /** A fresh migrated store for this test (prepared as asked, e.g. with the bundled seed). */
  readonly store: Store;
  /** A loopback server replaying recorded upstream answers, fresh for this test. */
  readonly server: ReplayServer;
}

/**
 * What every source's ingest test starts from: its own database of `dialect` and a loopback
 * upstream with `routes`. Call inside a `describe`; read both through the returned object.
 */
export function useSourceTestBed(
  dialect: TestDialect,
  routes: () => Record<string, Route>,
  { prepare }: { prepare?: (store: Store) => Promise<unknown> } = {},
): SourceTestBed {
  const current = useMigratedStore(dialect);
  let server: ReplayServer | undefined;
  beforeEach(async () => {
    await prepare?.(current());
    server = await startReplayServer(routes());
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    get store() {
      return current();
    },
    get server() {
      if (!server) throw new Error("useSourceTestBed: the server exists only inside a test");
      return server;
    },
  };
}
