import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getT();
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-4">
        <Link href="/" className="text-sky-800 underline dark:text-sky-300">
          {t("notFound.back")}
        </Link>
      </p>
    </div>
  );
}
