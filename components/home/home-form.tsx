import { getT } from "@/lib/i18n/server";
import type { ApiEngines } from "@/lib/api/wire-types";
import { engineChoices, homeStrings } from "./home-form-data";
import { HomeReader } from "./home-reader";

/**
 * The home page's article form, its words and engine list worked out here on the server: the
 * page's first load carries only the small island that runs it (home-reader.tsx), not the
 * reader, i18next or TanStack Query, which load after paint or when the form is used.
 */
export async function HomeForm({ engines }: { engines: ApiEngines | null }) {
  const { t, language } = await getT();
  return (
    <HomeReader
      language={language}
      strings={homeStrings(t)}
      engines={engines}
      engineChoices={engineChoices(engines, t)}
    />
  );
}
