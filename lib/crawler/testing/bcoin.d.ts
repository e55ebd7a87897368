/**
 * The slice of bcoin 1.0.2's untyped net/ API the loopback test peers use. Declared here, not in
 * the app, because bcoin is a dev dependency used only as an independent implementation to test
 * the crawler against.
 */
declare module "bcoin/lib/net/netaddress" {
  export default class NetAddress {
    static fromOptions(options: {
      host: string;
      port: number;
      services?: number;
      time?: number;
    }): NetAddress;
    host: string;
    port: number;
  }
}

declare module "bcoin/lib/net/packets" {
  import type NetAddress from "bcoin/lib/net/netaddress";
  export interface Packet {
    cmd: string;
    toRaw(): Buffer;
  }
  export interface VersionOptions {
    version: number;
    services: number;
    agent: string;
    height: number;
    noRelay: boolean;
    nonce: Buffer;
    remote: { host: string; port: number; services?: number };
  }
  export class VersionPacket implements Packet {
    constructor(options?: VersionOptions);
    cmd: string;
    version: number;
    agent: string;
    noRelay: boolean;
    toRaw(): Buffer;
  }
  export class VerackPacket implements Packet {
    cmd: string;
    toRaw(): Buffer;
  }
  export class PingPacket implements Packet {
    constructor(nonce?: Buffer);
    cmd: string;
    nonce: Buffer | null;
    toRaw(): Buffer;
  }
  export class PongPacket implements Packet {
    constructor(nonce?: Buffer);
    cmd: string;
    nonce: Buffer;
    toRaw(): Buffer;
  }
  export class AddrPacket implements Packet {
    constructor(items?: NetAddress[]);
    cmd: string;
    toRaw(): Buffer;
  }
}

declare module "bcoin/lib/net/parser" {
  import type { EventEmitter } from "node:events";
  import type { Packet } from "bcoin/lib/net/packets";
  export default class Parser extends EventEmitter {
    constructor(network: string);
    feed(data: Buffer): void;
    on(event: "packet", listener: (packet: Packet) => void): this;
    on(event: "error", listener: (error: Error) => void): this;
  }
}

declare module "bcoin/lib/net/framer" {
  export default class Framer {
    constructor(network: string);
    packet(cmd: string, payload: Buffer): Buffer;
  }
}
