// A route hands what it would have built to an integration that writes it in one pass: the
// route runs in Astro's built bundle, a module graph of its own in the same process, so the two
// meet through the global object, under a name.
const slots = globalThis as Record<symbol, unknown>;
const slot = (name: string) => Symbol.for(`folio.${name}`);

export function handOver<T>(name: string, value: T): void {
  slots[slot(name)] = value;
}

/** What was handed over under `name`, taken (a second build in the process starts empty); throws when nothing was. */
export function takeHandedOver<T>(name: string, missing: string): T {
  const key = slot(name);
  if (!(key in slots)) throw new Error(missing);
  const value = slots[key] as T;
  delete slots[key];
  return value;
}
