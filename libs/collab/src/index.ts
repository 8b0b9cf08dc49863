export * from './protocol';
export * from './doc-id';
export * from './payloads';
export * from './collab-client';
export * from './minutes-schema';
export * from './meeting-live';
export * from './seq-tracker';
export * from './notifications';
