export * from './lists-inputs';
export * from './kind-fit';
export * from './lists-fit';
export * from './lists-reasons';
export * from './match-lists';
