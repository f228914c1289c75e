export * from './primitives';
export * from './meeting';
export * from './action-item';
export * from './migrate';
export * from './factory';
export * from './repair';
