/**
 * `--confirm ask`: the prompt on the terminal. Yes/Y and No/N are accepted
 * in any case; anything else asks again. The end of input (Ctrl-D, a closed
 * terminal) counts as No, so the job stays pending for the next start.
 */
import { createInterface } from "node:readline";
import type { ConfirmRestart } from "./confirm.ts";

export interface TerminalConfirmOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

export function parseAnswer(text: string): boolean | undefined {
  const answer = text.trim().toLowerCase();
  if (answer === "y" || answer === "yes") return true;
  if (answer === "n" || answer === "no") return false;
  return undefined;
}

export function createTerminalConfirm(options: TerminalConfirmOptions): ConfirmRestart {
  return (question, signal) =>
    new Promise<boolean>((resolve) => {
      if (signal.aborted) return resolve(false);
      const rl = createInterface({ input: options.input, output: options.output });
      let settled = false;
      const finish = (answer: boolean) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener("abort", withdraw);
        rl.close();
        resolve(answer);
      };
      const withdraw = () => {
        const why = typeof signal.reason === "string" ? `(${signal.reason})\n` : "";
        options.output.write(`\n${why}`);
        finish(false);
      };
      signal.addEventListener("abort", withdraw, { once: true });
      rl.on("line", (line) => {
        const answer = parseAnswer(line);
        if (answer !== undefined) return finish(answer);
        rl.setPrompt("Please answer Yes or No: ");
        rl.prompt();
      });
      rl.on("close", () => finish(false));
      rl.setPrompt(`${question.message} `);
      rl.prompt();
    });
}
