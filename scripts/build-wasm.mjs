/**
 * Compiles the simulation's WebAssembly kernel (wasm/simulation-kernel.ts, AssemblyScript) and
 * writes its bytes, base64, into src/core/simulation/kernel-wasm.ts, so that the running server
 * needs neither the compiler nor a file beside its sources. The output is deterministic; a test
 * (core/simulation/wasm-kernel.test.ts) compiles again and compares, so the committed bytes
 * cannot drift from the source.
 *
 *   node scripts/build-wasm.mjs          rebuild and write
 *   node scripts/build-wasm.mjs --check  exit 1 if the committed bytes are stale
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE = 'wasm/simulation-kernel.ts';
export const OUTPUT = 'src/core/simulation/kernel-wasm.ts';

/** asc's flags: optimised, no runtime (the kernel allocates nothing), memory from the host. */
const FLAGS = ['-O3', '--runtime', 'stub', '--noAssert', '--importMemory', '--initialMemory', '1'];

/** The kernel's bytes, compiled from SOURCE now. */
export async function compileKernel() {
  let wasm = null;
  const out = [];
  const { error } = await asc.main([SOURCE, ...FLAGS, '--outFile', 'kernel.wasm'], {
    readFile: (name, dir) => {
      try {
        return readFileSync(`${dir ?? root}/${name}`, 'utf8');
      } catch {
        return null;
      }
    },
    writeFile: (name, contents) => {
      if (name.endsWith('.wasm')) wasm = Buffer.from(contents);
    },
    listFiles: () => [],
    stdout: { write: (s) => out.push(String(s)) },
    stderr: { write: (s) => out.push(String(s)) },
  });
  if (error || !wasm) throw new Error(`asc failed: ${error?.message ?? 'no output'}\n${out.join('')}`);
  return wasm;
}

/** The TypeScript module that carries `bytes`. */
export function kernelModule(bytes) {
  const source = readFileSync(`${root}/${SOURCE}`);
  const sha = createHash('sha256').update(source).digest('hex');
  const b64 = bytes.toString('base64');
  const lines = b64.match(/.{1,100}/g) ?? [];
  return `/**
 * The simulation's WebAssembly kernel, compiled from ${SOURCE} by scripts/build-wasm.mjs
 * (asc ${FLAGS.join(' ')}). Generated: do not edit; rebuild with \`node scripts/build-wasm.mjs\`.
 */
export const KERNEL_SOURCE_SHA256 = '${sha}';
export const KERNEL_WASM_BASE64 =
${lines.map((l, i) => `  '${l}'${i === lines.length - 1 ? ';' : ' +'}`).join('\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = kernelModule(await compileKernel());
  const path = `${root}/${OUTPUT}`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(path, 'utf8');
    if (current !== text) {
      console.error(`${OUTPUT} is stale: run node scripts/build-wasm.mjs`);
      process.exit(1);
    }
    console.log(`${OUTPUT} matches ${SOURCE}`);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
