/** class-transformer's decorator metadata (the same instance its decorators fill), read by import/fast-check.ts. */
declare module 'class-transformer/cjs/storage.js' {
  export const defaultMetadataStorage: unknown;
}
