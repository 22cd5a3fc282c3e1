/** Only the 500-paragraph reader measure of `npm run bench`, for quick before/after checks. */
import { startAppServer } from "../tests/e2e/support/app-server";
import { launchBrowser } from "../tests/e2e/support/browser";
import { benchReader } from "./reader";
async function main() {
  const [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  try {
    console.log(JSON.stringify(await benchReader(browser, server.url, 7)));
  } finally {
    await browser.close();
    await server.stop();
  }
}
void main();
