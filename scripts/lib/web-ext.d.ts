/** The part of web-ext's programmatic API scripts/package.ts uses (web-ext ships no types). */
declare module 'web-ext' {
  const webExt: {
    cmd: {
      build(
        options: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
        runOptions?: { shouldExitProgram?: boolean },
      ): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
