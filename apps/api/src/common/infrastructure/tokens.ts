/** Injection tokens for values that have no class of their own. */
export const API_CONFIG = Symbol('API_CONFIG');
export const LOGGER = Symbol('LOGGER');
