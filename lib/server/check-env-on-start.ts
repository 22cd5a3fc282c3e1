import { EnvError, parseEnv } from "@/lib/env";

export function checkEnvironmentOnStart(): void {
  try {
    parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Dvibhashi cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
