/**
 * At start-up: seals the network settings' passwords that a manager from
 * before sealing stored in the clear, and warns of stored passwords this
 * manager cannot read (sealed under another secrets.key, or altered), which
 * acquisition runs refuse to go on without (DPT008-E, DPT013-E).
 */
import type { Logger } from "pino";
import type { AcquisitionSettingsService } from "../services/acquisition-settings-service.ts";
import { SECRETS_KEY_FILE } from "./secrets-key.ts";

export async function checkStoredPasswords(
  settings: AcquisitionSettingsService,
  log: Logger,
): Promise<void> {
  const sealed = await settings.sealStoredPasswords();
  if (sealed > 0) {
    log.info({ sealed }, `stored passwords sealed under ${SECRETS_KEY_FILE}`);
  }
  const { unreadablePasswords } = await settings.snapshot();
  if (unreadablePasswords.length > 0) {
    log.warn(
      { passwords: unreadablePasswords },
      `stored passwords cannot be read with this manager's ${SECRETS_KEY_FILE} (sealed under another key, or altered): set them again in the network settings, or restore the ${SECRETS_KEY_FILE} they were sealed with`,
    );
  }
}
