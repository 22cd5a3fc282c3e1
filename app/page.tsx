import { Translator } from "@/components/reader/translator";

export default function HomePage() {
  return <Translator />;
}
