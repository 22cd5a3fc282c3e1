/**
 * Runs once when the server starts. The check lives in a Node-only module because it may end
 * the process: a bad configuration value stops the start with a message naming the variable.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOnStart } = await import("./lib/server/check-env-on-start");
    checkEnvironmentOnStart();
    // The database is created and migrated now rather than on the first save. A database that
    // cannot be opened is reported but does not stop the start: reading and translating work
    // without it.
    const { getAppServices } = await import("./lib/server/app-services");
    await getAppServices().store.tryGet();
  }
}
