/** Test short-hands: the DPT.LOG lines a run wrote, as `ID text` without their time. */
import { parseDptLogLine } from "../dpt/dpt-log-line.ts";

/** `DPT006-E Error in network settings …` for each line; a line not in DPT.LOG's form is kept whole. */
export const withoutTime = (lines: readonly string[]) =>
  lines.map((line) => {
    const parsed = parseDptLogLine(line);
    return parsed ? `${parsed.messageId} ${parsed.text}` : `malformed: ${line}`;
  });
