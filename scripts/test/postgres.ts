/**
 * A real, throwaway PostgreSQL server for the test suite. If TEST_DATABASE_URL is set it is used
 * as is; otherwise a private cluster is created in a temp directory with the machine's PostgreSQL
 * binaries (Debian: `apt-get install postgresql`), on a free loopback port, and removed afterwards.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface TestPostgres {
  url: string;
  stop(): void;
}

function findPgBin(): string | null {
  const fromPath = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const candidates = [
    fromPath.status === 0 ? fromPath.stdout.trim() : "",
    ...(existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  return candidates.find((dir) => dir && existsSync(join(dir, "initdb"))) ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Another process can take a free port before PostgreSQL binds it; try a few ports. */
async function startOnFreePort(start: (port: number) => void): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      start(port);
      return port;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: () => {} };

  const bin = findPgBin();
  if (!bin) {
    throw new Error(
      "The store tests run against a real PostgreSQL. Install it (Debian/Ubuntu: apt-get install postgresql) " +
        "or set TEST_DATABASE_URL=postgres://user:pass@host:port/db to use a running server.",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "atlas-pg-"));
  // PostgreSQL refuses to run as root; as root, run it as the `postgres` system user.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = asRoot
      ? (["runuser", ["-u", "postgres", "--", join(bin, cmd), ...args]] as const)
      : ([join(bin, cmd), args] as const);
    execFileSync(full[0], full[1], { stdio: "pipe" });
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, uid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const port = await startOnFreePort((p) =>
    run("pg_ctl", [
      "-D",
      data,
      "-w",
      "-l",
      join(dir, "log"),
      "-o",
      `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]),
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
