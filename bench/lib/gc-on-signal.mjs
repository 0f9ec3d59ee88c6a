// Loaded into bench processes (node --expose-gc --import): SIGUSR2 runs a full
// garbage collection, so that resident memory is read without garbage in it.
process.on("SIGUSR2", () => globalThis.gc?.());
