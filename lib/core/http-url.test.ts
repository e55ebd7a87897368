import { describe, expect, test } from "vitest";
import { isHttpUrl, linkHost, safeHref } from "./http-url";
import { httpUrl } from "./schemas";

describe("stored links are http(s) only", () => {
  const refused = [
    "javascript:alert(document.domain)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com/",
    "//example.com/a",
    "https://",
    "/relative",
    "https://example.com/\u0000",
  ];

  test.each(refused)("%j is refused at import and never rendered as an href", (url) => {
    expect(isHttpUrl(url)).toBe(false);
    expect(safeHref(url)).toBeNull();
    expect(linkHost(url)).toBe("link withheld");
    expect(httpUrl().safeParse(url).success).toBe(false);
  });

  test("http and https links pass and show their host", () => {
    expect(safeHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(linkHost("http://sub.example.org/x")).toBe("sub.example.org");
    expect(httpUrl().parse(" https://example.com/ ")).toBe("https://example.com/");
  });
});
