import { EnvError, parseEnv } from "@/lib/env";
import { loadOperatorGlossary } from "./operator-glossary";

export function checkEnvironmentOnStart(): void {
  try {
    const env = parseEnv();
    if (env.GLOSSARY_FILE) loadOperatorGlossary(env.GLOSSARY_FILE);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Dvibhashi cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
