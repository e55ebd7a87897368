/**
 * Bitcoin Core's `IsBadPort` (src/netbase.cpp, since Core 23; doc/p2p-bad-ports.md): ports of
 * other services that Core never dials automatically, so that gossip cannot turn the network
 * into a scanner of SSH, SMTP, databases… We follow the same list for every learned address;
 * ports the operator types (`--seed`, `--peer`) are theirs to choose, as with Core's -connect.
 */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3306, 3389, 3659, 4045, 5060, 5061, 5432, 5900, 6000, 6566, 6665,
  6666, 6667, 6668, 6669, 6697, 10080, 27017,
]);

export function isBadPort(port: number): boolean {
  return BAD_PORTS.has(port);
}
