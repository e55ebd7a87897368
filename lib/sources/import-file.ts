import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { CsvImportError, MAX_CSV_BYTES } from "./csv-records";

/**
 * Reads an operator's import file, checking before reading: `atlas import` is handed paths, and
 * a path can be `/dev/zero` (endless), a FIFO (blocks forever), a directory or a 1 GiB dump.
 * Every refusal is a CsvImportError (exit code 2, nothing written), never a hang or a crash.
 */
export async function readImportFile(path: string, maxBytes = MAX_CSV_BYTES): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CsvImportError([`cannot read ${path}: ${error.code ?? error.message}`]);
  });
  refuseUnlessRegular(path, info, maxBytes);
  // O_NONBLOCK: if the path was swapped for a FIFO after the stat, opening it does not wait for
  // a writer; the fstat below then refuses it.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(
    (error: NodeJS.ErrnoException) => {
      throw new CsvImportError([`cannot open ${path}: ${error.code ?? error.message}`]);
    },
  );
  try {
    refuseUnlessRegular(path, await handle.stat(), maxBytes);
    // Streamed in chunks up to one byte past the cap: a file that grows while read is still
    // refused without holding more than the cap in memory.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(64 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(total, maxBytes, "at least ");
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function refuseUnlessRegular(
  path: string,
  info: { isFile(): boolean; size: number },
  maxBytes: number,
): void {
  if (!info.isFile())
    throw new CsvImportError([
      `${path} is not a regular file (a device, FIFO, socket or directory cannot be imported)`,
    ]);
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, "");
}

function tooLarge(bytes: number, maxBytes: number, prefix: string): CsvImportError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new CsvImportError([
    `the file is ${prefix}${mb(bytes)} MB; the limit is ${mb(maxBytes)} MB`,
  ]);
}

/**
 * The file's text, which must be UTF-8 (a byte-order mark is fine): a Latin-1 file decoded
 * leniently would store "S\uFFFDo Paulo" without a word. Names the line of the first bad byte.
 */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new CsvImportError([
      `line ${line}: not valid UTF-8 (save the file as UTF-8; Latin-1 or Windows-1252 text would be garbled)`,
    ]);
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  let start = 0;
  let line = 1;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line += 1;
      start = i + 1;
    }
  }
  return line;
}
