/**
 * One line of DPT.LOG (seed 000, figure 8-6; contract §5): the UTC time to
 * the second, the message ID and the message text, separated by one space:
 *
 *     2026-11-20T00:00:00Z DPT006-E Error in network settings information. Unable to connect to the internet.
 */
import type { DptMessageId } from "./messages.ts";

export interface DptLogLine {
  readonly at: Date;
  readonly messageId: DptMessageId;
  readonly text: string;
}

/** `2026-11-20T00:00:00Z`: UTC, to the second. */
export const dptTimestamp = (at: Date): string => `${at.toISOString().slice(0, 19)}Z`;

export const formatDptLogLine = (line: DptLogLine): string =>
  `${dptTimestamp(line.at)} ${line.messageId} ${line.text}`;

const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z) (DPT\d{3}-[EW]) (.*)$/;

/** A DPT.LOG line read back, or undefined when it is not one. */
export function parseDptLogLine(text: string): DptLogLine | undefined {
  const match = LINE.exec(text);
  if (!match?.[1] || !match[2] || match[3] === undefined) return undefined;
  return { at: new Date(match[1]), messageId: match[2] as DptMessageId, text: match[3] };
}
