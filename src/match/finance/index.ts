export * from './finance-inputs';
export * from './finance-fit';
export * from './finance-reasons';
export * from './match-finance';
export * from './finance-meeting-plan';
