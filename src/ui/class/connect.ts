/**
 * The browser's class client: colyseus.js, loaded only when a class screen opens (the title imports
 * this module on demand), pointed at the class server for this page, with sessionStorage for tokens.
 */
import { ClassClient, type ClassSdk, classServerUrl } from '../../app/classClient.ts';

let shared: ClassClient | null = null;

export async function classClient(): Promise<ClassClient> {
  if (shared) return shared;
  const { Client } = await import('colyseus.js');
  const sdk = new Client(classServerUrl(location)) as unknown as ClassSdk;
  shared = new ClassClient(sdk, window.sessionStorage);
  return shared;
}
