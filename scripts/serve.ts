/**
 * Runs the production server (lib/server/serve.ts) on PORT (default 3000) and HOSTNAME, for the
 * build in the current directory; stops on SIGINT/SIGTERM. `npm start`, the e2e server and the
 * benches all serve through this, so what is tested and measured is what users get.
 */
import { env } from "../lib/env";
import { serve } from "../lib/server/serve";
import { onParentGone } from "./start/spawn-node";

const { PORT: port, HOSTNAME: hostname } = env();
const server = await serve({ port, ...(hostname ? { hostname } : {}) });
console.log(
  JSON.stringify({
    level: "info",
    msg: "listening",
    url: `http://${hostname ?? "localhost"}:${port}`,
  }),
);
const stop = () => {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; a stop is a stop.
  setTimeout(() => process.exit(0), 2000).unref();
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
// Under `npm start`: a server whose supervisor is gone stops too.
onParentGone(stop);
