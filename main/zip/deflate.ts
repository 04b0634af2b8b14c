/**
 * Raw DEFLATE of zlib itself, compiled to WebAssembly (the zlib-streams package, pinned by the
 * lockfile), called synchronously. Why not the alternatives (measured, docs/build.md):
 *   - Node's zlib is Chromium's fork: its output differs from zlib's and may change with Node or
 *     Electron, so the same draft would not give the same bytes in the app and in the CLI;
 *   - fflate's deflate is JavaScript: a command that starts, exports and exits runs it on cold code,
 *     about 30 ms for a 10-page document, against 2 ms for the compiled module plus a few for the work.
 * WebAssembly runs the same everywhere, so the same bytes come out on every machine and runtime.
 * Only the module's C exports are used (deflate_new, deflate_init_raw, deflate_process, deflate_end,
 * malloc, free): its streams wrapper is asynchronous, and renumbering must zip inside a transaction.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** zlib's compression level of every package vanthu writes (zlib's default). */
export const DEFLATE_LEVEL = 6;

/** The C functions of zlib-streams.wasm used here (see its src/wasm/deflate_stream_wasm.c). */
interface ZlibModule {
  memory: WebAssembly.Memory;
  _initialize?: () => void;
  malloc(size: number): number;
  free(pointer: number): void;
  deflate_new(): number;
  deflate_init_raw(stream: number, level: number): number;
  /** Returns the bytes written (low 24 bits) and zlib's return code (high 8 bits, signed). */
  deflate_process(stream: number, input: number, inputLength: number, output: number, outputLength: number, flush: number): number;
  deflate_last_consumed(stream: number): number;
  deflate_end(stream: number): number;
}

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_BUF_ERROR = -5;
const Z_NO_FLUSH = 0;
const Z_FINISH = 4;
/**
 * Input given to zlib per call, and room for its output per call. The module's memory is fixed at
 * 16 MiB (it cannot grow), and the module copies each call's input once more: so a part of any size is
 * fed in slices, in constant memory. zlib's output does not depend on how its input is sliced.
 */
const INPUT_SLICE = 1 << 20;
const OUTPUT_ROOM = 1 << 20;

let zlib: ZlibModule | undefined;

/**
 * zlib-streams' module file: in the project's node_modules (every source and built file of vanthu sits
 * two folders below the root), else where Node resolves the package (resolving its "exports" loads
 * Node's ES module resolver, ~1 ms, hence the first try).
 */
function wasmFile(): string {
  const beside = fileURLToPath(new URL('../../node_modules/zlib-streams/dist/zlib-streams.wasm', import.meta.url));
  return fs.existsSync(beside) ? beside : createRequire(import.meta.url).resolve('zlib-streams/zlib-streams.wasm');
}

/** The instantiated module, made at first use (about 2 ms, compiling included) and kept. */
function module(): ZlibModule {
  if (zlib) return zlib;
  const loaded = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile())), {}).exports as unknown as ZlibModule;
  loaded._initialize?.();
  zlib = loaded;
  return loaded;
}

/** malloc in the module's memory, or an Error when it has no room. */
function allocate(wasm: ZlibModule, size: number): number {
  const pointer = wasm.malloc(size);
  if (!pointer) throw new Error(`deflate: no memory for ${size} bytes`);
  return pointer;
}

/** The return code in the high byte of deflate_process's answer, as zlib's signed int. */
const codeOf = (answer: number) => answer >> 24;

/**
 * The raw DEFLATE stream (no zlib header, 32 KiB window, memLevel 8, default strategy) of `data` at
 * DEFLATE_LEVEL: byte for byte what zlib's deflate gives, on every machine.
 */
export function deflateRaw(data: Uint8Array): Uint8Array {
  const wasm = module();
  const stream = wasm.deflate_new();
  if (!stream || wasm.deflate_init_raw(stream, DEFLATE_LEVEL) !== Z_OK) throw new Error('deflate: zlib did not start');
  const input = allocate(wasm, INPUT_SLICE);
  const output = allocate(wasm, OUTPUT_ROOM);
  const chunks: Uint8Array[] = [];
  try {
    let offset = 0;
    for (;;) {
      const slice = data.subarray(offset, offset + INPUT_SLICE);
      const last = offset + slice.length === data.length;
      new Uint8Array(wasm.memory.buffer).set(slice, input);
      let consumed = 0;
      // Until this slice is consumed and its output given out (the last one: until the stream ends).
      for (;;) {
        const answer = wasm.deflate_process(stream, input + consumed, slice.length - consumed, output, OUTPUT_ROOM, last ? Z_FINISH : Z_NO_FLUSH);
        const code = codeOf(answer);
        if (code !== Z_OK && code !== Z_STREAM_END && code !== Z_BUF_ERROR) throw new Error(`deflate: zlib answered ${code}`);
        const written = answer & 0xffffff;
        const taken = wasm.deflate_last_consumed(stream);
        if (written) chunks.push(new Uint8Array(wasm.memory.buffer, output, written).slice());
        consumed += taken;
        if (code === Z_STREAM_END) break;
        if (!last && consumed === slice.length && written < OUTPUT_ROOM) break;
        if (written === 0 && taken === 0) throw new Error('deflate: zlib made no progress');
      }
      offset += slice.length;
      if (last) break;
    }
  } finally {
    wasm.deflate_end(stream);
    wasm.free(input);
    wasm.free(output);
  }
  return chunks.length === 1 ? chunks[0] : concat(chunks);
}

/** The chunks one after another in one array. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
