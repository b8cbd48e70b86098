export * from './envelope';
export * from './migrations';
export * from './problems';
export * from './references';
export * from './restore';
export * from './serialize';
