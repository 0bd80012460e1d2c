import DataLoader from 'dataloader';

/** Each request's loaders, by name; the request's GraphQL context object is the key, so they go with it. */
const registries = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader for this request: the resolve-fields of many parents in one request (a list of people, each with
 * its ties) share one batched read instead of one read per parent. Per request, so one viewer's answers never
 * serve another, and nothing is kept after the response. `batch` answers the keys in their order.
 */
export function requestLoader<K, V>(context: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = registries.get(context);
  if (!loaders) registries.set(context, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) loaders.set(name, (loader = new DataLoader<K, V>(batch)) as DataLoader<unknown, unknown>);
  return loader;
}
