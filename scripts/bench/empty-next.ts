import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { untilAnswering } from "./server";

/**
 * An app with one page of a heading and a paragraph and no code of its own, built and served
 * with this project's next, react and react-dom (the same versions, the same production build):
 * what Next.js and React cost on this machine before the atlas does anything. Its folder is
 * inside the checkout because the bundler compiles nothing outside its workspace; it is removed
 * again when the server stops.
 */
const ROOT = resolve(".");
const DIR = join(ROOT, ".bench-tmp", "empty-next");
const NEXT = join(ROOT, "node_modules", "next", "dist", "bin", "next");

const FILES: Record<string, string> = {
  "package.json": `${JSON.stringify({ private: true, type: "module" })}\n`,
  "next.config.mjs": "export default { poweredByHeader: false };\n",
  // Rendered per request, as the atlas's pages are.
  "app/layout.jsx": `export const dynamic = "force-dynamic";
export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/page.jsx": `export default function Page() {
  return (<main><h1>An empty page</h1><p>Next.js and React alone.</p></main>);
}
`,
};

export async function startEmptyNext(port: number): Promise<{ url: string; stop(): void }> {
  rmSync(DIR, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(DIR, path, ".."), { recursive: true });
    writeFileSync(join(DIR, path), text);
  }
  const build = spawnSync(process.execPath, [NEXT, "build"], {
    cwd: DIR,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0)
    throw new Error(`the empty Next.js app did not build:\n${build.stdout}\n${build.stderr}`);
  const child: ChildProcess = spawn(
    process.execPath,
    [NEXT, "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: DIR, stdio: "ignore", detached: true, env: { ...process.env, NODE_ENV: "production" } },
  );
  const url = `http://127.0.0.1:${port}`;
  await untilAnswering(url, `the empty Next.js app on ${port}`);
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      rmSync(join(ROOT, ".bench-tmp"), { recursive: true, force: true });
    },
  };
}
