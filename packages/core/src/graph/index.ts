export * from './fact-graph.js';
export * from './fact-graph-of.js';
export * from './passage-index.js';
export * from './related-facts.js';
export * from './relation-labels-fr.js';
