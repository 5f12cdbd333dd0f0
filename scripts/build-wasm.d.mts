export const SOURCE: string;
export const OUTPUT: string;
export function compileKernel(): Promise<Buffer>;
export function kernelModule(bytes: Buffer): string;
