import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after Vitest's own report,
 * so tools that read a run's last line see the counts in a form they know. Skipped suites are
 * listed above it by name, which says why they were skipped.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const skippedSuites = new Set<string>();
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else {
          skipped += 1;
          // Suites skipped for a reason (no PostgreSQL, no Chromium) carry it in their name.
          const parent = testCase.parent;
          if (parent.type === "suite")
            skippedSuites.add(`${testModule.moduleId.split("/tests/")[1] ?? ""}: ${parent.name}`);
        }
      }
      if (testModule.state() === "failed" && [...testModule.children.allTests()].length === 0)
        failed += 1;
    }
    for (const suite of skippedSuites) console.log(`skipped: ${suite}`);
    console.log(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
