/** Reason helpers live in src/engine/model/reason.ts; re-exported here for existing imports. */
export * from "../model/reason";
