using Microsoft.Playwright;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>Waiting for the page a click leads to.</summary>
public static class PageNavigation
{
    /// <summary>
    /// Waits until the browser has committed to a page whose path (and, if given, query) matches, but not for its load
    /// event. Playwright's default wait for <c>load</c> hung for 90 s now and then in CI, three times in three tests,
    /// always on PostgreSQL with both test assemblies running together, with its log saying the network had gone idle:
    /// the page had arrived and the event was not seen. The pages have no scripts, and what a test does next (a locator
    /// action or an <c>Expect</c> assertion) waits for the elements it needs.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page, string path, Func<string, bool>? query = null) =>
        page.WaitForURLAsync(
            url =>
            {
                var uri = new Uri(url);
                return uri.AbsolutePath == path && (query is null || query(uri.Query));
            },
            new() { WaitUntil = WaitUntilState.Commit });
}
