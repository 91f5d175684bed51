/** The languages AR Lens speaks. */
export type Language = "en" | "zh-CN";
