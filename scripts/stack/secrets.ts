import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Credentials the local stack generates on first start and keeps in its data directory. */
export interface LocalSecrets {
  postgresPassword: string;
  jwtSecret: string;
  meiliMasterKey: string;
}

/** Reads `<dataDir>/secrets.json`, creating it (mode 0600) with fresh random values the first time. */
export function loadOrCreateSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets;
  const token = (bytes: number) => randomBytes(bytes).toString('base64url');
  const secrets: LocalSecrets = { postgresPassword: token(18), jwtSecret: token(48), meiliMasterKey: token(32) };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
