import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Chrome extension id a build will get: Chrome derives it from the manifest's public
 * `key` (the first 128 bits of its SHA-256, each hex digit written as a letter a–p).
 */
export function chromeExtensionId(distDir) {
  const { key } = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  if (!key) return undefined;
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
