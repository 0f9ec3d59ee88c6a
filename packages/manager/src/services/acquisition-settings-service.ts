/**
 * Automatic settings, network settings and the security policy of the
 * automatic acquisition (seed 000; contract §5, §6), kept in the database
 * so that every manager sharing it runs with the same ones. The passwords
 * of the network settings are kept sealed under the manager's secrets key
 * (acquisition/sealed-secrets.ts) and opened when read.
 */
import { isSealed, type SecretSealer } from "../acquisition/sealed-secrets.ts";
import {
  type AutomaticSettings,
  applyAutomaticPatch,
  applyNetworkPatch,
  checkSecurityPolicy,
  DEFAULT_AUTOMATIC_SETTINGS,
  DEFAULT_NETWORK_SETTINGS,
  DEFAULT_SECURITY_POLICY,
  NETWORK_SECRETS,
  type NetworkSecret,
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
  /** A password this manager cannot read is null here, and listed in `unreadablePasswords`. */
  readonly network: NetworkSettings;
  /** Passwords stored sealed under another secrets key, or altered: set, but unusable. */
  readonly unreadablePasswords: readonly NetworkSecret[];
  readonly securityPolicy: SecurityPolicy;
  readonly scheduleSince: Date;
}

export type NetworkSettingsUpdate = Pick<
  AcquisitionSettingsSnapshot,
  "network" | "unreadablePasswords"
>;

export interface AcquisitionSettingsDeps extends ServiceDeps {
  /** Seals the network settings' passwords for the database, and opens them. */
  readonly secrets: SecretSealer;
}

type Patch<T> = { readonly [K in keyof T]?: unknown };

export interface AcquisitionSettingsService {
  snapshot(): Promise<AcquisitionSettingsSnapshot>;
  /** Fields left out keep their value. */
  updateAutomatic(patch: Patch<AutomaticSettings>): Promise<AutomaticSettings>;
  /**
   * Fields left out keep their value; a password set to null is cleared. A
   * stored password this manager cannot read is kept as it is unless the
   * patch sets it (the right secrets key may come back).
   */
  updateNetwork(patch: Patch<NetworkSettings>): Promise<NetworkSettingsUpdate>;
  updateSecurityPolicy(patch: Patch<SecurityPolicy>): Promise<SecurityPolicy>;
  /**
   * Seals the passwords a manager from before sealing stored in the clear
   * (run at start-up); resolves with how many it sealed.
   */
  sealStoredPasswords(): Promise<number>;
}

/** The stored network section's passwords as stored (sealed, or in the clear from before sealing). */
function storedPasswords(stored: unknown): Partial<Record<NetworkSecret, string>> {
  const found: Partial<Record<NetworkSecret, string>> = {};
  if (typeof stored !== "object" || stored === null) return found;
  for (const field of NETWORK_SECRETS) {
    const value = (stored as Record<string, unknown>)[field];
    if (typeof value === "string") found[field] = value;
  }
  return found;
}

function toSnapshot(
  stored: StoredAcquisitionSettings,
  secrets: SecretSealer,
): AcquisitionSettingsSnapshot {
  const network: Record<string, unknown> =
    typeof stored.network === "object" && stored.network !== null ? { ...stored.network } : {};
  const unreadablePasswords: NetworkSecret[] = [];
  for (const [field, value] of Object.entries(storedPasswords(stored.network))) {
    const plain = secrets.open(field, value);
    if (plain === undefined) unreadablePasswords.push(field as NetworkSecret);
    network[field] = plain ?? null;
  }
  return {
    automatic: storedSettings(DEFAULT_AUTOMATIC_SETTINGS, stored.automatic, applyAutomaticPatch),
    network: storedSettings(DEFAULT_NETWORK_SETTINGS, network, applyNetworkPatch),
    unreadablePasswords,
    securityPolicy: storedSettings(DEFAULT_SECURITY_POLICY, stored.securityPolicy, (_, patch) =>
      checkSecurityPolicy(patch),
    ),
    scheduleSince: stored.scheduleSince,
  };
}

export function createAcquisitionSettingsService(
  deps: AcquisitionSettingsDeps,
): AcquisitionSettingsService {
  const clock = deps.clock ?? systemClock;
  const { secrets } = deps;
  /** `work` on the settings as stored, their rows locked until the transaction ends. */
  const locked = <T>(
    work: (
      store: ReturnType<typeof createAcquisitionSettingsStore>,
      stored: StoredAcquisitionSettings,
    ) => Promise<T>,
  ) =>
    deps.db.transaction(async (tx) => {
      const store = createAcquisitionSettingsStore(tx);
      await store.lock();
      return work(store, await store.read());
    });
  const update = <T>(
    change: (
      current: AcquisitionSettingsSnapshot,
      stored: StoredAcquisitionSettings,
    ) => {
      section: SettingsSection;
      value: T;
      /** What the database keeps, when it is not `value` itself. */
      storedValue?: unknown;
      reschedule: boolean;
    },
  ) =>
    locked(async (store, stored) => {
      const { section, value, storedValue, reschedule } = change(
        toSnapshot(stored, secrets),
        stored,
      );
      await store.write(
        section,
        storedValue === undefined ? value : storedValue,
        reschedule ? clock() : undefined,
      );
      return value;
    });
  /** `network` as the database keeps it: each password sealed, `kept` ones as they were stored. */
  const sealed = (network: NetworkSettings, kept: Partial<Record<NetworkSecret, string>>) => {
    const value: Record<string, unknown> = { ...network };
    for (const field of NETWORK_SECRETS) {
      const plain = network[field];
      value[field] = kept[field] ?? (plain === null ? null : secrets.seal(field, plain));
    }
    return value;
  };

  return {
    snapshot: async () => toSnapshot(await createAcquisitionSettingsStore(deps.db).read(), secrets),
    updateAutomatic: (patch) =>
      update(({ automatic }) => {
        const value = applyAutomaticPatch(automatic, patch);
        const switchedOn = value.enabled && !automatic.enabled;
        const moved = value.executionTimeUtc !== automatic.executionTimeUtc;
        return { section: "automatic", value, reschedule: switchedOn || moved };
      }),
    updateNetwork: (patch) =>
      update(({ network, unreadablePasswords }, stored) => {
        const value = applyNetworkPatch(network, patch);
        const before = storedPasswords(stored.network);
        const kept: Partial<Record<NetworkSecret, string>> = {};
        for (const field of unreadablePasswords) {
          const storedValue = before[field];
          if (patch[field] === undefined && storedValue !== undefined) kept[field] = storedValue;
        }
        return {
          section: "network",
          value: { network: value, unreadablePasswords: Object.keys(kept) as NetworkSecret[] },
          storedValue: sealed(value, kept),
          reschedule: false,
        };
      }),
    updateSecurityPolicy: (patch) =>
      update(({ securityPolicy }) => {
        const value = checkSecurityPolicy(patch);
        const added = value.requiredUpdates.some(
          (id) => !securityPolicy.requiredUpdates.includes(id),
        );
        return { section: "security-policy", value, reschedule: added };
      }),
    sealStoredPasswords: () =>
      locked(async (store, stored) => {
        const clear = Object.entries(storedPasswords(stored.network)).filter(
          ([, value]) => !isSealed(value),
        );
        if (clear.length === 0) return 0;
        const network = stored.network as Record<string, unknown>;
        const value: Record<string, unknown> = { ...network };
        for (const [field, plain] of clear) value[field] = secrets.seal(field, plain);
        await store.write("network", value);
        return clear.length;
      }),
  };
}
