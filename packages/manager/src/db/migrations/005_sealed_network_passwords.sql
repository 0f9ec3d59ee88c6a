-- 005_sealed_network_passwords: the network settings' passwords are sealed.
--
-- From this version on, the passwords in settings 'acquisition.network'
-- (supportSitePassword, proxyPassword, packagerPassword) are kept sealed
-- under the manager's secrets.key ("sealed:v1:…"), and the manager seals
-- those an earlier version kept in the clear when it starts. The rows do
-- not change shape; this version is here so that an earlier manager, which
-- would send a sealed value as a password and write new ones in the clear,
-- refuses a database a later one has opened (PC_MGR_DB_SCHEMA_NEWER).
COMMENT ON TABLE settings IS
  'One JSON object per key. The passwords of acquisition.network are sealed under the secrets.key of the managers (sealed:v1:).';
