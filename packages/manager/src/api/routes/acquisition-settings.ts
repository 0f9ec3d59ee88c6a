/**
 * Automatic settings, network settings and the security policy (seed 000
 * (1), (3); contract §6). PUT takes the fields to change; the others keep
 * their value. Passwords are write-only: answers say whether one is set.
 */
import { acquisitionFor } from "../../acquisition/acquisition-registry.ts";
import { networkView } from "../../acquisition/settings.ts";
import type { AdminApp, ApiContext } from "../api-context.ts";
import {
  AutomaticSettings,
  AutomaticSettingsPatch,
  NetworkSettings,
  NetworkSettingsPatch,
  SecurityPolicy,
  toAutomaticView,
  toPolicyView,
} from "../schemas/acquisition.ts";
import { errorResponses } from "../schemas/common.ts";

const TAGS = ["acquisition"];

export function acquisitionSettingsRoutes(app: AdminApp, { services, db }: ApiContext): void {
  const settings = services.acquisitionSettings;
  const changed = () => acquisitionFor(db)?.settingsChanged();

  app.get(
    "/settings/automatic",
    {
      schema: {
        operationId: "getAutomaticSettings",
        tags: TAGS,
        summary: "Automatic settings",
        response: { 200: AutomaticSettings, ...errorResponses },
      },
    },
    async () => toAutomaticView((await settings.snapshot()).automatic),
  );
  app.put(
    "/settings/automatic",
    {
      schema: {
        operationId: "updateAutomaticSettings",
        tags: TAGS,
        summary: "Change automatic settings (fields left out keep their value)",
        body: AutomaticSettingsPatch,
        response: { 200: AutomaticSettings, ...errorResponses },
      },
    },
    async (request) => {
      const updated = await settings.updateAutomatic(request.body);
      changed();
      return toAutomaticView(updated);
    },
  );
  app.get(
    "/settings/network",
    {
      schema: {
        operationId: "getNetworkSettings",
        tags: TAGS,
        summary: "Network settings (passwords never shown)",
        response: { 200: NetworkSettings, ...errorResponses },
      },
    },
    async () => {
      const { network, unreadablePasswords } = await settings.snapshot();
      return networkView(network, unreadablePasswords);
    },
  );
  app.put(
    "/settings/network",
    {
      schema: {
        operationId: "updateNetworkSettings",
        tags: TAGS,
        summary:
          "Change network settings (fields left out keep their value; a password set to null is cleared)",
        body: NetworkSettingsPatch,
        response: { 200: NetworkSettings, ...errorResponses },
      },
    },
    async (request) => {
      const { network, unreadablePasswords } = await settings.updateNetwork(request.body);
      return networkView(network, unreadablePasswords);
    },
  );
  app.get(
    "/settings/security-policy",
    {
      schema: {
        operationId: "getSecurityPolicy",
        tags: TAGS,
        summary: "Updates PCs must have",
        response: { 200: SecurityPolicy, ...errorResponses },
      },
    },
    async () => toPolicyView((await settings.snapshot()).securityPolicy),
  );
  app.put(
    "/settings/security-policy",
    {
      schema: {
        operationId: "updateSecurityPolicy",
        tags: TAGS,
        summary:
          "Replace the updates PCs must have (acquired unless Mgrsrv_Patch_AutoPackageKind=0)",
        body: SecurityPolicy,
        response: { 200: SecurityPolicy, ...errorResponses },
      },
    },
    async (request) => {
      const updated = await settings.updateSecurityPolicy(request.body);
      changed();
      return toPolicyView(updated);
    },
  );
}
