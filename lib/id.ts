/** Record ids: random UUIDs, so records made in two sidebars never clash. */
export function newId(): string {
  return crypto.randomUUID();
}
