import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The shared data folder (dev sets, source dictionaries): `../shared` beside the repository, as
 * CI lays it out. A git worktree one level deeper finds it at `../../shared`; SHARED_DATA_DIR
 * overrides both.
 */
export function sharedDirectory(repositoryRoot: string): string {
  const candidates = [
    process.env.SHARED_DATA_DIR,
    path.resolve(repositoryRoot, "..", "shared"),
    path.resolve(repositoryRoot, "..", "..", "shared"),
  ].filter((candidate): candidate is string => candidate !== undefined && candidate !== "");
  return candidates.find((candidate) => existsSync(candidate)) ?? (candidates[0] as string);
}
