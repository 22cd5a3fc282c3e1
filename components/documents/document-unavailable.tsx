import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** Shown for a permalink while the database cannot be read: the link is fine, try again later. */
export async function DocumentUnavailable() {
  const { t } = await getT();
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("document.unavailableTitle")}</h1>
      <p className="mt-2">{t("document.unavailableBody")}</p>
      <p className="mt-4">
        <Link href="/" className="text-sky-800 underline dark:text-sky-300">
          {t("notFound.back")}
        </Link>
      </p>
    </div>
  );
}
