/** The agent's own version, sent in every Hello (Hello.agent_version). */
export const AGENT_VERSION = "0.1.0";
