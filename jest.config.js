// Tests read calendar days in the machine zone where the code does; fix it so every run agrees.
process.env.TZ = "UTC";

/** Unit tests (node, or jsdom where a file asks for it) and e2e tests (Chromium against the built simulator). */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    {
      tsconfig: {
        module: "commonjs",
        moduleResolution: "node",
        target: "ES2022",
        jsx: "react-jsx",
        esModuleInterop: true,
        resolveJsonModule: true,
        isolatedModules: true,
      },
    },
  ],
};

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"],
      transform,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      transform,
      setupFilesAfterEnv: ["<rootDir>/test/e2e/setup.ts"],
    },
  ],
};
