/** The seeded random numbers live in core/random.ts (the bootstrap uses them too); re-exported for the samples. */
export * from "../core/random";
