using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>Waiting for the page a click leads to.</summary>
public static class PageNavigation
{
    /// <summary>
    /// Waits until the page's address has the path (and, if given, a query matching <paramref name="queryPattern"/>),
    /// through an auto-retrying assertion on the address rather than <c>WaitForURLAsync</c>. That call waits for the load
    /// event as well, even with <c>WaitUntil = Commit</c> when the address already matches, and in CI it hung for 90 s
    /// now and then (four times in three tests, each with both test assemblies running together, its log saying the
    /// network had gone idle): the page had arrived and the event was not seen. The pages have no scripts, and what a
    /// test does next (a locator action or an <c>Expect</c> assertion) waits for the elements it needs.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page, string path, string? queryPattern = null) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(
            "^https?://[^/]+" + Regex.Escape(path) + (queryPattern is null ? @"(\?[^#]*)?(#.*)?$" : @"\?[^#]*" + queryPattern)));
}
