/** jsdom set-up for React component tests (the taskpane and the preview). */
export {};
