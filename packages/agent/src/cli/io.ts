/** Where a command writes: injected so that tests and the bin share one code path. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}
