import { createServer, type Server, type Socket } from "node:net";
import { rawFrame as frame, rawHeader as header } from "./raw-frame";

/**
 * Raw TCP servers that misbehave in one specific way each, for the hostile-peer tests. Their
 * bytes are literal vectors (the Bitcoin wiki's mainnet `version` example and its `verack`),
 * not output of the crawler's codec.
 */
export const WIKI_VERSION = Buffer.from(
  "f9beb4d976657273696f6e0000000000640000003b648d5a62ea0000010000000000000011b2d050000000000100" +
    "00000000000000000000000000000000ffff0000000000000100000000000000000000000000000000" +
    "00ffff0000000000003b2eb35d8ce617650f2f5361746f7368693a302e372e322fc03e0300",
  "hex",
);
export const VERACK = Buffer.from("f9beb4d976657261636b000000000000000000005df6e0e2", "hex");

type Behaviour = (socket: Socket, timers: Set<NodeJS.Timeout>) => void;

const every = (timers: Set<NodeJS.Timeout>, ms: number, fn: () => void) => {
  timers.add(setInterval(fn, ms));
};

/** Each behaviour starts when the crawler's first bytes (its `version`) arrive. */
export const HOSTILE: Record<string, Behaviour> = {
  "bad magic": (s) =>
    s.write(Buffer.concat([Buffer.from("0b110907", "hex"), WIKI_VERSION.subarray(4)])),
  "wrong checksum": (s) => {
    const bad = Buffer.from(WIKI_VERSION);
    bad.writeUInt32LE(0, 20);
    s.write(bad);
  },
  "oversized length header": (s) => s.write(header("block", 0xffffffff)),
  "length lie, then stall": (s) =>
    s.write(Buffer.concat([header("version", 1000), Buffer.alloc(10)])),
  garbage: (s) => s.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
  silent: () => {},
  "hangs up on our version": (s) => s.destroy(),
  "slowloris (one byte of a valid version at a time)": (s, timers) => {
    let i = 0;
    every(timers, 50, () => {
      if (i < WIKI_VERSION.length) s.write(WIKI_VERSION.subarray(i, ++i));
    });
  },
  "handshake, then an addrv2 of 1001 entries": (s) => {
    s.write(Buffer.concat([WIKI_VERSION, VERACK, frame("addrv2", Buffer.from("fde903", "hex"))]));
  },
  "handshake, then endless pings and no addresses": (s, timers) => {
    s.write(Buffer.concat([WIKI_VERSION, VERACK]));
    const ping = frame("ping", Buffer.alloc(8, 5));
    every(timers, 50, () => s.write(ping));
  },
};

export interface HostileServer {
  port: number;
  close(): Promise<void>;
}

export async function startHostile(behaviour: Behaviour): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => socket.destroy());
    socket.once("data", () => behaviour(socket, timers));
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    close: async () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
