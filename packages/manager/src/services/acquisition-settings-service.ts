/**
 * Automatic settings, network settings and the security policy of the
 * automatic acquisition (seed 000; contract §5, §6), kept in the database
 * so that every manager sharing it runs with the same ones.
 */
import {
  type AutomaticSettings,
  applyAutomaticPatch,
  applyNetworkPatch,
  checkSecurityPolicy,
  DEFAULT_AUTOMATIC_SETTINGS,
  DEFAULT_NETWORK_SETTINGS,
  DEFAULT_SECURITY_POLICY,
  type NetworkSettings,
  type SecurityPolicy,
  storedSettings,
} from "../acquisition/settings.ts";
import {
  createAcquisitionSettingsStore,
  type SettingsSection,
  type StoredAcquisitionSettings,
} from "../store/acquisition-settings-store.ts";
import { type ServiceDeps, systemClock } from "./service-deps.ts";

export interface AcquisitionSettingsSnapshot {
  readonly automatic: AutomaticSettings;
  readonly network: NetworkSettings;
  readonly securityPolicy: SecurityPolicy;
  readonly scheduleSince: Date;
}

type Patch<T> = { readonly [K in keyof T]?: unknown };

export interface AcquisitionSettingsService {
  snapshot(): Promise<AcquisitionSettingsSnapshot>;
  /** Fields left out keep their value. */
  updateAutomatic(patch: Patch<AutomaticSettings>): Promise<AutomaticSettings>;
  /** Fields left out keep their value; a password set to null is cleared. */
  updateNetwork(patch: Patch<NetworkSettings>): Promise<NetworkSettings>;
  updateSecurityPolicy(patch: Patch<SecurityPolicy>): Promise<SecurityPolicy>;
}

const toSnapshot = (stored: StoredAcquisitionSettings): AcquisitionSettingsSnapshot => ({
  automatic: storedSettings(DEFAULT_AUTOMATIC_SETTINGS, stored.automatic, applyAutomaticPatch),
  network: storedSettings(DEFAULT_NETWORK_SETTINGS, stored.network, applyNetworkPatch),
  securityPolicy: storedSettings(DEFAULT_SECURITY_POLICY, stored.securityPolicy, (_, patch) =>
    checkSecurityPolicy(patch),
  ),
  scheduleSince: stored.scheduleSince,
});

export function createAcquisitionSettingsService(deps: ServiceDeps): AcquisitionSettingsService {
  const clock = deps.clock ?? systemClock;
  const update = <T>(
    change: (current: AcquisitionSettingsSnapshot) => {
      section: SettingsSection;
      value: T;
      reschedule: boolean;
    },
  ) =>
    deps.db.transaction(async (tx) => {
      const store = createAcquisitionSettingsStore(tx);
      await store.lock();
      const { section, value, reschedule } = change(toSnapshot(await store.read()));
      await store.write(section, value, reschedule ? clock() : undefined);
      return value;
    });

  return {
    snapshot: async () => toSnapshot(await createAcquisitionSettingsStore(deps.db).read()),
    updateAutomatic: (patch) =>
      update(({ automatic }) => {
        const value = applyAutomaticPatch(automatic, patch);
        const switchedOn = value.enabled && !automatic.enabled;
        const moved = value.executionTimeUtc !== automatic.executionTimeUtc;
        return { section: "automatic", value, reschedule: switchedOn || moved };
      }),
    updateNetwork: (patch) =>
      update(({ network }) => ({
        section: "network",
        value: applyNetworkPatch(network, patch),
        reschedule: false,
      })),
    updateSecurityPolicy: (patch) =>
      update(({ securityPolicy }) => {
        const value = checkSecurityPolicy(patch);
        const added = value.requiredUpdates.some(
          (id) => !securityPolicy.requiredUpdates.includes(id),
        );
        return { section: "security-policy", value, reschedule: added };
      }),
  };
}
