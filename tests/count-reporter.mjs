/**
 * Prints the plain closing line `N passed, N failed, N skipped` that CI reads:
 * @web/test-runner ends with a progress bar line, which is not a count line.
 */
export function countReporter() {
  const count = (suite, acc) => {
    for (const t of suite?.tests ?? []) t.skipped ? acc.skipped++ : t.passed ? acc.passed++ : acc.failed++;
    for (const s of suite?.suites ?? []) count(s, acc);
    return acc;
  };
  return {
    stop({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const c = count(session.testResults, { passed: 0, failed: 0, skipped: 0 });
        // A file that fails to import has no test results but did not pass.
        if (!session.passed && c.failed === 0) c.failed = 1;
        for (const k of Object.keys(total)) total[k] += c[k];
      }
      process.once('exit', () =>
        process.stdout.write(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`),
      );
    },
  };
}
