import { AppProviders } from "@/components/providers/app-providers";
import { Translator } from "@/components/reader/translator";
import { getT } from "@/lib/i18n/server";

// The providers (i18next, TanStack Query) sit here rather than in the root layout, so pages
// without the reader, like the permalink before its reader loads, do not download them.
export default async function HomePage() {
  const { language } = await getT();
  return (
    <AppProviders language={language}>
      <Translator />
    </AppProviders>
  );
}
