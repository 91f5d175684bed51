/** Money helpers live in src/engine/model/money.ts; re-exported here for existing imports. */
export * from "../model/money";
