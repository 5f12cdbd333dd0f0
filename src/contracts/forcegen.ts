/** Force generation for the Multinational Force Ukraine: the scenario format and the solver's result. */
export * from './forcegen/result';
export * from './forcegen/scenario';
